/** Escaping for XML text written by Roadline's exporters. */

/**
 * Characters XML 1.0 cannot carry at all (C0 controls other than tab, newline and carriage
 * return, lone surrogates, U+FFFE and U+FFFF). They become U+FFFD, the replacement character.
 */
const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters XML cannot carry
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const SPECIAL = /[&<>"\r]/g;
const ENTITY: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\r': '&#13;',
};

/** Escapes `value` for element text or a double-quoted attribute value. */
export function escapeXml(value: string): string {
  return value.replace(NOT_XML, '\ufffd').replace(SPECIAL, (c) => ENTITY[c] ?? c);
}

/** `<name>escaped value</name>`. */
export function xmlField(name: string, value: string | number): string {
  return `<${name}>${typeof value === 'number' ? String(value) : escapeXml(value)}</${name}>`;
}
