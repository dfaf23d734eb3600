/**
 * Text widths without layout reads: each character's advance is measured once per font on a
 * canvas (no layout), and a text's width is the sum of its characters' (a little over what the
 * browser lays out, as kerning only narrows). A roadmap of 2,000 names costs a few table look-ups
 * per name, never a `getBoundingClientRect`. The font family is read once, from the host, the
 * first time a width is asked for.
 */
export class TextWidths {
  private readonly host: Element;
  private family: string | undefined;
  private context: CanvasRenderingContext2D | null | undefined;
  /** Advance of each UTF-16 unit at 100 px, per weight (−1: not measured yet); scaled per size. */
  private readonly advances = new Map<number, Float32Array>();
  private font = '';

  constructor(host: Element) {
    this.host = host;
  }

  /** The width of `text` in px at `size` px and `weight`. */
  width(text: string, size: number, weight = 400): number {
    const table = this.table(weight);
    let sum = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let w = table[code] as number;
      if (w < 0) {
        w = this.measure(text[i] as string, weight);
        table[code] = w;
      }
      sum += w;
    }
    return (sum * size) / 100;
  }

  private table(weight: number): Float32Array {
    let table = this.advances.get(weight);
    if (!table) {
      table = new Float32Array(65536).fill(-1);
      this.advances.set(weight, table);
    }
    return table;
  }

  private measure(char: string, weight: number): number {
    if (this.context === undefined) {
      this.context = document.createElement('canvas').getContext('2d');
      // Once per element: the family the bars and the header inherit.
      this.family = getComputedStyle(this.host).fontFamily || 'sans-serif';
    }
    const ctx = this.context;
    // Without a canvas (some test environments), an average advance of about half an em.
    if (!ctx) return 58;
    const font = `${weight} 100px ${this.family}`;
    if (font !== this.font) {
      ctx.font = font;
      this.font = font;
    }
    return ctx.measureText(char).width;
  }
}
