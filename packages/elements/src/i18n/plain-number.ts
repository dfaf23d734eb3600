/**
 * Whether every `Intl.NumberFormat` of `tag` (whatever its fraction digits) writes `value` as
 * `String(value)`: a whole number from 0 to 999 in a language whose digits are ASCII in every
 * region (a tag with an extension, `-u-nu-…`, takes `Intl`, as Arabic does). Such a number needs
 * no formatter: a page's first one loads locale data, milliseconds of a first render. Its own
 * module, so the entries that never write numbers on a first render do not carry it.
 */
export function writesPlain(tag: string, value: number): boolean {
  return (
    Number.isInteger(value) &&
    1 / value > 0 &&
    value < 1000 &&
    /^(en|de|fr|es|ja|it|nl|pt)(-[a-z0-9]{2,8})*$/i.test(tag)
  );
}

/** `value` for a message's `{placeholder}` (not a plural's `count`): a plain number as text, else as is. */
export function plainNumber(tag: string, value: number): string | number {
  return writesPlain(tag, value) ? String(value) : value;
}
