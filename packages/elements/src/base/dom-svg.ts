const NS = 'http://www.w3.org/2000/svg';
/** SVG presentation properties copied from the page's styles onto a cloned chart's nodes. */
const SVG_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'opacity',
  'font-size',
  'font-weight',
  'font-family',
  'text-anchor',
  'dominant-baseline',
] as const;

function visible(color: string): boolean {
  return color !== '' && color !== 'transparent' && !/rgba\([^)]*,\s*0\)$/.test(color);
}

function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/**
 * A standalone SVG picture of what an element shows now, for views drawn in HTML (the board, the
 * dashboard): every box with a background or a border becomes a rectangle, every line of text a
 * `<text>` in its font and color, every inline chart a copy with its styles written onto it. Shadow
 * roots are walked, so the element's own parts and the elements inside it are included. No
 * `foreignObject`, so the picture rasterizes to PNG (`svgToPng`) in every browser. Reads layout:
 * call it from an export, never while rendering.
 */
export function domToSvg(host: Element): string {
  const origin = host.getBoundingClientRect();
  const width = Math.max(1, Math.ceil(origin.width));
  const height = Math.max(1, Math.ceil(origin.height));
  // What a scrolling part holds out of view is left out, as on screen.
  const shown = (box: DOMRect) =>
    box.width > 0 &&
    box.height > 0 &&
    box.right > origin.left &&
    box.left < origin.right &&
    box.bottom > origin.top &&
    box.top < origin.bottom;
  const doc = document.implementation.createDocument(NS, 'svg', null);
  const root = doc.documentElement;
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const hostStyle = getComputedStyle(host);
  const add = (name: string, attrs: Record<string, string>): Element => {
    const node = doc.createElementNS(NS, name);
    for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
    root.append(node);
    return node;
  };
  add('rect', {
    width: String(width),
    height: String(height),
    fill: visible(hostStyle.backgroundColor) ? hostStyle.backgroundColor : '#ffffff',
  });
  const x = (value: number) => num(value - origin.left);
  const y = (value: number) => num(value - origin.top);

  const walk = (node: Node): void => {
    if (node instanceof Text) {
      const text = node.data.replace(/\s+/g, ' ').trim();
      const parent = node.parentElement;
      if (text === '' || !parent) return;
      const style = getComputedStyle(parent);
      if (style.visibility === 'hidden' || parent.closest('.visually-hidden')) return;
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      if (!shown(box)) return;
      const rtl = style.direction === 'rtl';
      const label = add('text', {
        x: x(rtl ? box.right : box.left),
        y: y(box.top + box.height / 2),
        'dominant-baseline': 'central',
        'text-anchor': rtl ? 'end' : 'start',
        fill: style.color,
        'font-family': style.fontFamily,
        'font-size': style.fontSize,
        'font-weight': style.fontWeight,
      });
      if (rtl) label.setAttribute('direction', 'rtl');
      label.textContent = text;
      return;
    }
    if (!(node instanceof Element)) return;
    const style = getComputedStyle(node);
    if (style.display === 'none' || style.visibility === 'hidden' || node.localName === 'style') return;
    const box = node.getBoundingClientRect();
    if (node instanceof SVGSVGElement) {
      if (shown(box)) root.append(chartCopy(doc, node, x(box.left), y(box.top), box));
      return;
    }
    if (node !== host && shown(box)) {
      const fill = style.backgroundColor;
      const stroke = style.borderTopStyle !== 'none' ? style.borderTopColor : '';
      const strokeWidth = Number.parseFloat(style.borderTopWidth) || 0;
      if (visible(fill) || (strokeWidth > 0 && visible(stroke)))
        add('rect', {
          x: x(box.left),
          y: y(box.top),
          width: num(box.width),
          height: num(box.height),
          rx: String(Number.parseFloat(style.borderTopLeftRadius) || 0),
          fill: visible(fill) ? fill : 'none',
          ...(strokeWidth > 0 && visible(stroke) ? { stroke, 'stroke-width': String(strokeWidth) } : {}),
        });
    }
    const children = node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes;
    if (node instanceof HTMLSlotElement)
      for (const child of node.assignedNodes({ flatten: true })) walk(child);
    else for (const child of children) walk(child);
    // Light children of a host with a shadow root show through its slots, walked there.
  };
  walk(host);
  return new XMLSerializer().serializeToString(root);
}

/** A copy of an inline chart placed at (x, y), its page styles written onto each node. */
function chartCopy(doc: Document, chart: SVGSVGElement, x: string, y: string, box: DOMRect): Element {
  const copy = doc.importNode(chart, true) as Element;
  copy.setAttribute('x', x);
  copy.setAttribute('y', y);
  copy.setAttribute('width', num(box.width));
  copy.setAttribute('height', num(box.height));
  const originals = [chart, ...chart.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((original, i) => {
    const target = copies[i];
    if (!target) return;
    const style = getComputedStyle(original);
    if (style.display === 'none') {
      target.setAttribute('display', 'none');
      return;
    }
    for (const prop of SVG_PROPS) {
      const value = style.getPropertyValue(prop);
      if (value !== '') target.setAttribute(prop, value);
    }
    for (const attr of ['tabindex', 'role', 'part', 'class', 'style']) target.removeAttribute(attr);
  });
  return copy;
}
