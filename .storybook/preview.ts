import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Preview } from '@storybook/web-components-vite';
import { applyTheme, type ThemeName } from '@roadline/elements/classes';
import manifest from '../packages/elements/custom-elements.json';

setCustomElementsManifest(manifest);

let removeTheme: (() => void) | undefined;

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    theme: {
      description: 'Roadline theme',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: ['light', 'dark', 'high-contrast'],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light' },
  decorators: [
    (story, context) => {
      removeTheme?.();
      removeTheme = applyTheme((context.globals.theme as ThemeName | undefined) ?? 'light');
      return story();
    },
  ],
  parameters: {
    controls: { expanded: true },
    docs: { toc: true },
  },
};

export default preview;
