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

/** A box in the picture's coordinates (CSS pixels from the host's top left corner). */
interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

function visible(color: string): boolean {
  return color !== '' && color !== 'transparent' && !/rgba\([^)]*,\s*0\)$/.test(color);
}

function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}

function meets(box: Box, clip: Box | undefined): boolean {
  return (
    box.right > box.left &&
    box.bottom > box.top &&
    (clip === undefined ||
      (box.right > clip.left && box.left < clip.right && box.bottom > clip.top && box.top < clip.bottom))
  );
}

/** An element that cuts off what overflows it (a scrolling list, a widget's card). */
function clips(style: CSSStyleDeclaration): boolean {
  return style.overflowX !== 'visible' || style.overflowY !== 'visible';
}

/** Something inside reaches past the element's box: only then does a cut need drawing. */
function overflows(el: Element): boolean {
  return el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1;
}

/**
 * A standalone SVG picture of an element drawn in HTML (the board, the dashboard): every box
 * with a background or a border becomes a rectangle, every line of text a `<text>` in its font
 * and color, every inline chart a copy with its styles written onto it. Shadow roots are walked,
 * so the element's own parts and the elements inside it are included. No `foreignObject`, so the
 * picture rasterizes to PNG (`svgToPng`) in every browser.
 *
 * The picture holds all the host lays out, also where that overflows the host's own box (a host
 * that scrolls, a kanban wider than the page): its size is the union of the host's box and
 * everything drawn. A part inside that cuts off its overflow (a scrolling list, a widget's card)
 * cuts it off in the picture too, as on screen; an element lays itself out whole first to have
 * everything drawn (`drawWhole`). Reads layout: call it from an export, never while rendering.
 */
export function domToSvg(host: Element): string {
  const origin = host.getBoundingClientRect();
  const doc = document.implementation.createDocument(NS, 'svg', null);
  const root = doc.documentElement;
  const hostStyle = getComputedStyle(host);
  const background = doc.createElementNS(NS, 'rect');
  background.setAttribute('fill', visible(hostStyle.backgroundColor) ? hostStyle.backgroundColor : '#ffffff');
  root.append(background);
  const extent: Box = { left: 0, top: 0, right: origin.width, bottom: origin.height };
  const place = (rect: DOMRect): Box => ({
    left: rect.left - origin.left,
    top: rect.top - origin.top,
    right: rect.right - origin.left,
    bottom: rect.bottom - origin.top,
  });
  const grow = (box: Box): void => {
    extent.left = Math.min(extent.left, box.left);
    extent.top = Math.min(extent.top, box.top);
    extent.right = Math.max(extent.right, box.right);
    extent.bottom = Math.max(extent.bottom, box.bottom);
  };
  let clipCount = 0;
  const add = (parent: Element, name: string, attrs: Record<string, string>): Element => {
    const node = doc.createElementNS(NS, name);
    for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
    parent.append(node);
    return node;
  };

  const walk = (node: Node, parent: Element, clip: Box | undefined): void => {
    if (node instanceof Text) {
      const text = node.data.replace(/\s+/g, ' ').trim();
      const owner = node.parentElement;
      if (text === '' || !owner) return;
      const style = getComputedStyle(owner);
      if (style.visibility === 'hidden' || owner.closest('.visually-hidden')) return;
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = place(range.getBoundingClientRect());
      if (!meets(box, clip)) return;
      grow(box);
      const rtl = style.direction === 'rtl';
      const label = add(parent, 'text', {
        x: num(rtl ? box.right : box.left),
        y: num(box.top + (box.bottom - box.top) / 2),
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
    const box = place(node.getBoundingClientRect());
    if (node instanceof SVGSVGElement) {
      if (meets(box, clip)) {
        grow(box);
        parent.append(chartCopy(doc, node, box));
      }
      return;
    }
    if (node !== host && meets(box, clip)) {
      const fill = style.backgroundColor;
      const stroke = style.borderTopStyle !== 'none' ? style.borderTopColor : '';
      const strokeWidth = Number.parseFloat(style.borderTopWidth) || 0;
      if (visible(fill) || (strokeWidth > 0 && visible(stroke))) {
        grow(box);
        add(parent, 'rect', {
          x: num(box.left),
          y: num(box.top),
          width: num(box.right - box.left),
          height: num(box.bottom - box.top),
          rx: String(Number.parseFloat(style.borderTopLeftRadius) || 0),
          fill: visible(fill) ? fill : 'none',
          ...(strokeWidth > 0 && visible(stroke) ? { stroke, 'stroke-width': String(strokeWidth) } : {}),
        });
      }
    }
    // What a part inside cuts off (not the host: the picture is all of it) stays cut off.
    let into = parent;
    let inner = clip;
    if (node !== host && clips(style) && overflows(node)) {
      if (!meets(box, clip)) return;
      inner = clip
        ? {
            left: Math.max(clip.left, box.left),
            top: Math.max(clip.top, box.top),
            right: Math.min(clip.right, box.right),
            bottom: Math.min(clip.bottom, box.bottom),
          }
        : box;
      const id = `clip${++clipCount}`;
      const path = add(root, 'clipPath', { id });
      add(path, 'rect', {
        x: num(inner.left),
        y: num(inner.top),
        width: num(inner.right - inner.left),
        height: num(inner.bottom - inner.top),
      });
      into = add(parent, 'g', { 'clip-path': `url(#${id})` });
    }
    if (node instanceof HTMLSlotElement)
      for (const child of node.assignedNodes({ flatten: true })) walk(child, into, inner);
    else
      for (const child of node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes)
        walk(child, into, inner);
    // Light children of a host with a shadow root show through its slots, walked there.
  };
  walk(host, root, undefined);
  const left = Math.floor(extent.left);
  const top = Math.floor(extent.top);
  const width = Math.max(1, Math.ceil(extent.right) - left);
  const height = Math.max(1, Math.ceil(extent.bottom) - top);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `${left} ${top} ${width} ${height}`);
  for (const [key, value] of [
    ['x', left],
    ['y', top],
    ['width', width],
    ['height', height],
  ] as const)
    background.setAttribute(key, String(value));
  return new XMLSerializer().serializeToString(root);
}

/** A copy of an inline chart placed at its box, its page styles written onto each node. */
function chartCopy(doc: Document, chart: SVGSVGElement, box: Box): Element {
  const copy = doc.importNode(chart, true) as Element;
  copy.setAttribute('x', num(box.left));
  copy.setAttribute('y', num(box.top));
  copy.setAttribute('width', num(box.right - box.left));
  copy.setAttribute('height', num(box.bottom - box.top));
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
