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

/**
 * For a listener delegated to a container: calls `fn` with the id and element of the `part` the
 * event happened in, when it happened in one inside the container.
 */
export function withPart(event: Event, part: string, fn: (id: string, el: HTMLElement) => void): void {
  const el = partAt(event, event.currentTarget as Element, part);
  if (el) fn(el.dataset.id as string, el);
}
