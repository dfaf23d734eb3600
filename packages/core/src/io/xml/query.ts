/** Small read helpers over a parsed {@link XmlElement} tree. */
import type { XmlElement } from './parse.js';

/** The child elements of `element`, first occurrence by name, for repeated field look-ups. */
export type ChildIndex = ReadonlyMap<string, XmlElement>;

/** Indexes the children of `element` by name; the first child of each name wins. */
export function indexChildren(element: XmlElement): ChildIndex {
  const index = new Map<string, XmlElement>();
  for (const child of element.children) {
    if (!index.has(child.name)) index.set(child.name, child);
  }
  return index;
}

/** The first child named `name`, or `undefined`. */
export function childElement(element: XmlElement, name: string): XmlElement | undefined {
  for (const child of element.children) if (child.name === name) return child;
  return undefined;
}

/** Every child named `name`, in document order. */
export function childElements(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}

/** The trimmed text of the first child named `name`; `undefined` when absent or empty. */
export function childText(element: XmlElement | ChildIndex, name: string): string | undefined {
  const child = 'children' in element ? childElement(element, name) : element.get(name);
  if (!child) return undefined;
  const text = child.text.trim();
  return text === '' ? undefined : text;
}
