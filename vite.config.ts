import { defineConfig, type UserConfig } from 'vite';

/**
 * The settings every Vite build and Storybook share. `source` comes first so a workspace package
 * resolves to its TypeScript sources (no build needed before tests or Storybook); the rest are
 * Vite's defaults, which this option replaces.
 */
export const sharedConfig: UserConfig = {
  resolve: { conditions: ['source', 'module', 'browser', 'development|production'] },
  logLevel: 'warn',
};

export default defineConfig(sharedConfig);
