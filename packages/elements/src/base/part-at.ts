/**
 * The element with the `part` (and a `data-id`) an event happened in, found on the event's path
 * (across shadow roots) below `host`; `undefined` when the event did not start in one.
 */
export function partAt(event: Event, host: Element, part: string): HTMLElement | undefined {
  for (const node of event.composedPath()) {
    if (node === host) return undefined;
    if (node instanceof HTMLElement && node.dataset.id !== undefined && node.part.contains(part)) return node;
  }
  return undefined;
}
