import { linkNeighbours, type NetworkLayout } from '@roadline/core/views/network';
import type { Translate } from '../i18n/catalogue.js';

/** The element's side of {@link networkKeyDown}. */
export interface NetworkKeyHost {
  layout(): NetworkLayout | undefined;
  /** The card with the tab stop. */
  current(): string | undefined;
  rtl(): boolean;
  readonly: boolean;
  /** Moves the tab stop to a card, brings it into view and focuses it. */
  focusNode(id: string): void;
  select(id: string, additive: boolean): void;
  open(id: string, event: Event): void;
  /** Selects a link by route index (undefined: none) and says so. */
  selectEdge(index: number | undefined): void;
  selectedEdge(): number | undefined;
  unlink(index: number): void;
  /** Keyboard linking: the card links start from, if one is chosen. */
  linkingFrom: string | undefined;
  link(from: string, to: string): void;
  zoom(factor: number): void;
  fit(): void;
  pan(dx: number, dy: number): void;
  say(message: string): void;
  nameOf(id: string): string;
  /** The element's messages, in its language. */
  t: Translate;
}

/**
 * The keys of `rl-network`. On a card: Right (Left in right-to-left) steps to its first
 * successor, Left to its first predecessor, Up/Down to the card above/below in its column;
 * Shift with Right/Left selects its next outgoing/incoming link, Delete removes the selected
 * link; Space selects (Ctrl/Cmd toggles), Enter opens (`rl-task-click` with `open`) or, while
 * linking, links; L starts linking from the card, Escape cancels. Anywhere: `+`/`-` zoom, `0`
 * fits; on the background arrows pan. Returns whether the key was handled.
 */
export function networkKeyDown(host: NetworkKeyHost, event: KeyboardEvent): boolean {
  const layout = host.layout();
  if (!layout) return false;
  const key = event.key;
  if (key === '+' || key === '=') {
    host.zoom(1.25);
    return true;
  }
  if (key === '-' || key === '_') {
    host.zoom(0.8);
    return true;
  }
  if (key === '0') {
    host.fit();
    return true;
  }
  const id = host.current();
  const onCard =
    id !== undefined &&
    event.composedPath().some((t) => t instanceof Element && (t as SVGElement).dataset?.node === id);
  if (!onCard || id === undefined) {
    const step = 48;
    const pans: Record<string, [number, number]> = {
      ArrowLeft: [step, 0],
      ArrowRight: [-step, 0],
      ArrowUp: [0, step],
      ArrowDown: [0, -step],
    };
    const pan = pans[key];
    if (pan) {
      host.pan(pan[0], pan[1]);
      return true;
    }
    return false;
  }
  const forwardKey = host.rtl() ? 'ArrowLeft' : 'ArrowRight';
  const backKey = host.rtl() ? 'ArrowRight' : 'ArrowLeft';
  if ((key === forwardKey || key === backKey) && event.shiftKey) {
    const direction = key === forwardKey ? 'forward' : 'back';
    const steps = linkNeighbours(layout, id, direction);
    if (steps.length === 0) {
      host.say(host.t(direction === 'forward' ? 'network.noSuccessor' : 'network.noPredecessor'));
      return true;
    }
    const now = host.selectedEdge();
    const at = steps.findIndex((s) => s.edge === now);
    host.selectEdge(steps[(at + 1) % steps.length]!.edge);
    return true;
  }
  if (key === forwardKey || key === backKey) {
    const steps = linkNeighbours(layout, id, key === forwardKey ? 'forward' : 'back').filter((s) =>
      layout.index.has(s.id),
    );
    if (steps.length === 0) {
      host.say(host.t(key === forwardKey ? 'network.noSuccessor' : 'network.noPredecessor'));
      return true;
    }
    host.focusNode(steps[0]!.id);
    return true;
  }
  if (key === 'ArrowUp' || key === 'ArrowDown') {
    const node = layout.nodes[layout.index.get(id)!]!;
    const column = layout.columns[node.layer]!;
    const at = column.indexOf(layout.index.get(id)!);
    const next = column[at + (key === 'ArrowUp' ? -1 : 1)];
    if (next !== undefined) host.focusNode(layout.nodes[next]!.id);
    return true;
  }
  if ((key === 'Delete' || key === 'Backspace') && !host.readonly) {
    const edge = host.selectedEdge();
    if (edge !== undefined) host.unlink(edge);
    return edge !== undefined;
  }
  if (key === ' ') {
    host.select(id, event.ctrlKey || event.metaKey);
    return true;
  }
  if (key === 'Enter') {
    const from = host.linkingFrom;
    if (from !== undefined) {
      host.linkingFrom = undefined;
      if (from !== id) host.link(from, id);
      return true;
    }
    host.open(id, event);
    return true;
  }
  if ((key === 'l' || key === 'L') && !host.readonly && !event.ctrlKey && !event.metaKey && !event.altKey) {
    host.linkingFrom = id;
    host.say(host.t('network.linking', { name: host.nameOf(id) }));
    return true;
  }
  if (key === 'Escape') {
    if (host.linkingFrom !== undefined) {
      host.linkingFrom = undefined;
      host.say(host.t('network.linkCancelled'));
      return true;
    }
    if (host.selectedEdge() !== undefined) {
      host.selectEdge(undefined);
      return true;
    }
  }
  return false;
}

/** The id of the first card on an event's path. */
export function nodeIdIn(path: readonly EventTarget[]): string | undefined {
  for (const t of path)
    if (t instanceof Element && (t as SVGElement).dataset?.node !== undefined)
      return (t as SVGElement).dataset.node;
  return undefined;
}
