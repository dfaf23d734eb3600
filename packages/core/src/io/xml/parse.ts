/**
 * A small, strict, non-validating XML parser for the subset that Microsoft Project XML and similar
 * interchange files use: elements, attributes, text, the five predefined entities, character
 * references, CDATA, comments and processing instructions. Namespace prefixes are dropped from
 * names. A document type declaration is skipped and never honoured, so entity definitions cannot
 * expand (no "billion laughs"); any entity other than the predefined ones is an error.
 *
 * It builds the tree with an explicit stack, never recursion, so nesting depth is bounded only by
 * memory. Malformed input throws `RoadlineError('INVALID_XML')` with the line and column.
 */
import { RoadlineError } from '../../model/errors.js';

/** One element of a parsed document. */
export interface XmlElement {
  /** The local name, without a namespace prefix. */
  readonly name: string;
  /** Attributes by local name (prefixed names such as `xmlns:x` keep their full name). */
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: XmlElement[];
  /** The text directly inside this element (entities decoded, CDATA included, not trimmed). */
  text: string;
  /** Offset of the `<` of the start tag in the source, for error positions. */
  readonly offset: number;
}

const NO_ATTRIBUTES: ReadonlyMap<string, string> = new Map();

/** Line and column (both 1-based) of `offset` in `source`. */
export function positionAt(source: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, source.length);
  for (let i = 0; i < end; i++) {
    if (source.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

function fail(source: string, offset: number, what: string): never {
  const { line, column } = positionAt(source, offset);
  throw new RoadlineError('INVALID_XML', `Malformed XML at line ${line}, column ${column}: ${what}`, {
    line,
    column,
  });
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** Characters that end a name: whitespace, `/`, `>`, `=`, `<`, quotes and `&`. */
function isNameEnd(c: number): boolean {
  return isSpace(c) || c === 47 || c === 62 || c === 61 || c === 60 || c === 34 || c === 39 || c === 38;
}

function isNameStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 58 || c >= 128;
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

const PREDEFINED: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
});

function isXmlChar(code: number): boolean {
  return (
    code === 9 ||
    code === 10 ||
    code === 13 ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

function normalizeLineEnds(text: string): string {
  return text.indexOf('\r') < 0 ? text : text.replace(/\r\n?/g, '\n');
}

/**
 * Decodes references in `raw`, which starts at `base` in `source`. Literal line ends are
 * normalized piece by piece, so a `&#13;` reference survives as a CR and offsets stay exact.
 */
function decode(source: string, raw: string, base: number): string {
  let amp = raw.indexOf('&');
  if (amp < 0) return normalizeLineEnds(raw);
  let out = '';
  let from = 0;
  while (amp >= 0) {
    out += normalizeLineEnds(raw.slice(from, amp));
    const semi = raw.indexOf(';', amp + 1);
    if (semi < 0 || semi - amp > 12) fail(source, base + amp, 'an "&" that does not start an entity');
    const body = raw.slice(amp + 1, semi);
    if (body.charCodeAt(0) === 35) {
      const hex = body.charCodeAt(1) === 120;
      const digits = body.slice(hex ? 2 : 1);
      const valid = hex ? /^[0-9a-fA-F]{1,6}$/.test(digits) : /^[0-9]{1,7}$/.test(digits);
      const code = valid ? Number.parseInt(digits, hex ? 16 : 10) : -1;
      if (!isXmlChar(code)) fail(source, base + amp, `an invalid character reference "&${body};"`);
      out += String.fromCodePoint(code);
    } else {
      const value = PREDEFINED[body];
      if (value === undefined) fail(source, base + amp, `an unknown entity "&${body};"`);
      out += value;
    }
    from = semi + 1;
    amp = raw.indexOf('&', from);
  }
  return out + normalizeLineEnds(raw.slice(from));
}

/** Returns the offset just past the `>` that closes a `<!DOCTYPE`, skipping its internal subset. */
function skipDoctype(source: string, start: number): number {
  let depth = 0;
  let quote = 0;
  for (let i = start; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 60 && source.startsWith('<!--', i)) {
      const end = source.indexOf('-->', i + 4);
      if (end < 0) break;
      i = end + 2;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 91) depth++;
    else if (c === 93) depth--;
    else if (c === 62 && depth <= 0) return i + 1;
  }
  return fail(source, start, 'an unterminated <!DOCTYPE declaration');
}

interface OpenElement {
  element: XmlElement;
  rawName: string;
  /** Text pieces collected so far; joined once when the element closes. */
  text: string[];
}

function readName(source: string, at: number): number {
  if (at >= source.length || !isNameStart(source.charCodeAt(at)))
    fail(source, at, 'a missing or invalid name');
  let i = at + 1;
  while (i < source.length && !isNameEnd(source.charCodeAt(i))) i++;
  return i;
}

function skipSpace(source: string, at: number): number {
  let i = at;
  while (i < source.length && isSpace(source.charCodeAt(i))) i++;
  return i;
}

/**
 * Parses a start tag beginning at `lt` (the `<`). Returns the element, whether it closed itself
 * (`/>`), its raw name and the offset after the tag.
 */
function readStartTag(
  source: string,
  lt: number,
): { element: XmlElement; rawName: string; selfClosing: boolean; next: number } {
  const nameEnd = readName(source, lt + 1);
  const rawName = source.slice(lt + 1, nameEnd);
  let attributes: Map<string, string> | undefined;
  let i = nameEnd;
  for (;;) {
    const afterSpace = skipSpace(source, i);
    if (afterSpace >= source.length) fail(source, lt, `an unterminated start tag <${rawName}>`);
    const c = source.charCodeAt(afterSpace);
    if (c === 62) {
      return {
        element: makeElement(rawName, attributes, lt),
        rawName,
        selfClosing: false,
        next: afterSpace + 1,
      };
    }
    if (c === 47) {
      if (source.charCodeAt(afterSpace + 1) !== 62) fail(source, afterSpace, 'a "/" not followed by ">"');
      return {
        element: makeElement(rawName, attributes, lt),
        rawName,
        selfClosing: true,
        next: afterSpace + 2,
      };
    }
    if (afterSpace === i) fail(source, i, `a missing space before an attribute in <${rawName}>`);
    const attrEnd = readName(source, afterSpace);
    const attrName = source.slice(afterSpace, attrEnd);
    let j = skipSpace(source, attrEnd);
    if (source.charCodeAt(j) !== 61) fail(source, j, `a missing "=" after attribute ${attrName}`);
    j = skipSpace(source, j + 1);
    const quote = source.charCodeAt(j);
    if (quote !== 34 && quote !== 39) fail(source, j, `an unquoted value of attribute ${attrName}`);
    const close = source.indexOf(quote === 34 ? '"' : "'", j + 1);
    if (close < 0) fail(source, j, `an unterminated value of attribute ${attrName}`);
    const raw = source.slice(j + 1, close);
    const lessThan = raw.indexOf('<');
    if (lessThan >= 0) fail(source, j + 1 + lessThan, `a "<" inside the value of attribute ${attrName}`);
    attributes ??= new Map();
    const key = attrName.startsWith('xmlns') ? attrName : localName(attrName);
    if (attributes.has(key)) fail(source, afterSpace, `a repeated attribute ${attrName}`);
    attributes.set(key, decode(source, raw, j + 1).replace(/[\t\n]/g, ' '));
    i = close + 1;
  }
}

function makeElement(
  rawName: string,
  attributes: Map<string, string> | undefined,
  offset: number,
): XmlElement {
  return {
    name: localName(rawName),
    attributes: attributes ?? NO_ATTRIBUTES,
    children: [],
    text: '',
    offset,
  };
}

function closeElement(open: OpenElement): void {
  const pieces = open.text;
  if (pieces.length === 1) open.element.text = pieces[0] ?? '';
  else if (pieces.length > 1) open.element.text = pieces.join('');
}

/** Skips a comment, processing instruction, CDATA or doctype at `lt`; returns the offset after it. */
function skipMarkup(source: string, lt: number, inElement: OpenElement | undefined): number {
  if (source.startsWith('<!--', lt)) {
    const end = source.indexOf('-->', lt + 4);
    if (end < 0) fail(source, lt, 'an unterminated comment');
    return end + 3;
  }
  if (source.startsWith('<?', lt)) {
    const end = source.indexOf('?>', lt + 2);
    if (end < 0) fail(source, lt, 'an unterminated processing instruction');
    return end + 2;
  }
  if (source.startsWith('<![CDATA[', lt)) {
    if (!inElement) fail(source, lt, 'a CDATA section outside the root element');
    const end = source.indexOf(']]>', lt + 9);
    if (end < 0) fail(source, lt, 'an unterminated CDATA section');
    inElement.text.push(normalizeLineEnds(source.slice(lt + 9, end)));
    return end + 3;
  }
  if (source.startsWith('<!DOCTYPE', lt)) {
    if (inElement) fail(source, lt, 'a <!DOCTYPE inside an element');
    return skipDoctype(source, lt + 9);
  }
  return fail(source, lt, 'an unknown "<!" declaration');
}

/**
 * Parses a whole XML document and returns its root element.
 *
 * @throws RoadlineError `INVALID_XML` (with `details: { line, column }`) for anything that is not
 *   well-formed: unclosed or mismatched tags, bad entities, text outside the root, several roots.
 */
export function parseXml(source: string): XmlElement {
  if (typeof source !== 'string') throw new RoadlineError('INVALID_XML', 'XML input must be a string');
  const stack: OpenElement[] = [];
  let root: XmlElement | undefined;
  let i = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  const length = source.length;
  while (i < length) {
    const lt = source.indexOf('<', i);
    const textEnd = lt < 0 ? length : lt;
    if (textEnd > i) {
      const top = stack[stack.length - 1];
      if (top) top.text.push(decode(source, source.slice(i, textEnd), i));
      else {
        for (let k = i; k < textEnd; k++) {
          if (!isSpace(source.charCodeAt(k))) fail(source, k, 'text outside the root element');
        }
      }
    }
    if (lt < 0) break;
    const next = source.charCodeAt(lt + 1);
    if (next === 33 || next === 63) {
      i = skipMarkup(source, lt, stack[stack.length - 1]);
    } else if (next === 47) {
      const nameEnd = readName(source, lt + 2);
      const rawName = source.slice(lt + 2, nameEnd);
      const gt = skipSpace(source, nameEnd);
      if (source.charCodeAt(gt) !== 62) fail(source, gt, `an unterminated end tag </${rawName}>`);
      const open = stack.pop();
      if (!open) fail(source, lt, `an end tag </${rawName}> without a start tag`);
      if (open.rawName !== rawName) {
        const at = positionAt(source, open.element.offset);
        fail(
          source,
          lt,
          `</${rawName}> closes <${open.rawName}> opened at line ${at.line}, column ${at.column}`,
        );
      }
      closeElement(open);
      i = gt + 1;
    } else {
      const tag = readStartTag(source, lt);
      const parent = stack[stack.length - 1];
      if (parent) parent.element.children.push(tag.element);
      else if (root) fail(source, lt, 'a second root element');
      else root = tag.element;
      if (!tag.selfClosing) stack.push({ element: tag.element, rawName: tag.rawName, text: [] });
      i = tag.next;
    }
  }
  const unclosed = stack[stack.length - 1];
  if (unclosed) {
    const at = positionAt(source, unclosed.element.offset);
    fail(
      source,
      length,
      `<${unclosed.rawName}> opened at line ${at.line}, column ${at.column} is never closed`,
    );
  }
  if (!root) fail(source, length, 'no root element');
  return root;
}
