import { type ElementPart, noChange, nothing } from 'lit';
import { Directive, type DirectiveResult, directive, type PartInfo, PartType } from 'lit/directive.js';

/** Style properties by CSS name (`height`, `--_color`) or camelCase (`gridTemplateColumns`). */
export type StyleProps = Readonly<Record<string, string | number | null | undefined>>;

const dashed = (name: string) =>
  name.startsWith('--') ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/**
 * Sets inline style properties through the CSSOM only (`style.setProperty`), never by writing a
 * `style` attribute. Lit's `styleMap` writes the attribute on first render, which a strict
 * Content-Security-Policy (`style-src` without `'unsafe-inline'`) blocks; CSSOM writes are allowed.
 * Use it as an element binding: `` html`<div ${styleProps({ '--_color': c, height: '4px' })}>` ``.
 */
class StylePropsDirective extends Directive {
  private previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('styleProps() must be used as an element binding');
  }

  render(_props: StyleProps): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [props]: [StyleProps]): typeof noChange {
    const style = (part.element as HTMLElement | SVGElement).style;
    const next = new Set<string>();
    for (const key in props) {
      const value = props[key];
      if (value === null || value === undefined || value === '') continue;
      const name = dashed(key);
      next.add(name);
      style.setProperty(name, String(value));
    }
    for (const name of this.previous) if (!next.has(name)) style.removeProperty(name);
    this.previous = next;
    return noChange;
  }
}

export const styleProps: (props: StyleProps) => DirectiveResult = directive(StylePropsDirective);
