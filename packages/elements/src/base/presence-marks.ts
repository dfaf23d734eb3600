import type { Peer, PresenceStatus } from '@roadline/core';
import { css, html, nothing, svg, type TemplateResult } from 'lit';
import type { Translate } from '../i18n/catalogue.js';
import '../i18n/en/presence.js';
import type { NoteMark } from './note-counts.js';
import { styleProps } from './style-props.js';

/**
 * How the views paint other people (core's `Presence`, read through `PresenceController`): an
 * avatar stack with the connection status, an outline in a peer's color on what they selected
 * with their names on hover, and "Dana is editing Start" on the cell they edit. Colors come from
 * the session (each person's own); text is never drawn on them, so contrast stays the theme's.
 */

/** The names of `peers`, for a title: "Selected by Dana, Eli". */
export function selectedBy(peers: readonly Peer[], t: Translate): string {
  return t('presence.selectedBy', { names: peers.map((p) => p.user.name).join(', ') });
}

/** The color an outline takes: the first peer's (in client order, so every view agrees). */
export function peerColor(peers: readonly Peer[]): string {
  return peers[0]?.user.color ?? 'currentColor';
}

/** An SVG card's outline when peers select it: their color and names (`undefined` without). */
export function peerMark(peers: readonly Peer[], t: Translate): { color: string; title: string } | undefined {
  return peers.length === 0 ? undefined : { color: peerColor(peers), title: selectedBy(peers, t) };
}

/** The `--_peer` color property of an outlined row, card or item. */
export function peerStyle(peers: readonly Peer[]): ReturnType<typeof styleProps> {
  return styleProps({ '--_peer': peers.length > 0 ? peerColor(peers) : null });
}

/** "Dana is editing Start": a visible badge in the edited cell or card, in the editor's color. */
export function editingBadge(
  peers: readonly Peer[],
  field: string,
  t: Translate,
): TemplateResult | typeof nothing {
  const peer = peers[0];
  if (!peer) return nothing;
  return html`<span class="peer-editing" part="peer-editing" ${styleProps({ '--_peer': peer.user.color })}
    >${t('presence.editing', { name: peer.user.name, field })}</span
  >`;
}

/**
 * Who is here: the connection status and an avatar per peer (initials in a ring of their color,
 * the full name as text for screen readers and as a title). Nothing without a session.
 */
export function presenceBar(
  status: PresenceStatus | undefined,
  peers: readonly Peer[],
  t: Translate,
): TemplateResult | typeof nothing {
  // The template apart: without a session a render compiles no more than this.
  return status === undefined ? nothing : sharedBar(status, peers, t);
}

function sharedBar(status: PresenceStatus, peers: readonly Peer[], t: Translate): TemplateResult {
  return html`<span class="presence" part="presence">
    <span class="presence-status" part="presence-status" data-status=${status} role="status"
      ><span class="dot" aria-hidden="true"></span>${t(`presence.status.${status}`)}</span
    >${
      peers.length === 0
        ? nothing
        : html`<ul class="avatars" aria-label=${t('presence.here')}>
            ${peers.map(
              (
                p,
              ) => html`<li class="avatar" part="avatar" title=${p.user.name} ${styleProps({ '--_peer': p.user.color })}>
                <span aria-hidden="true">${initials(p.user.name)}</span><span class="visually-hidden">${p.user.name}</span>
              </li>`,
            )}
          </ul>`
    }
  </span>`;
}

/** A task's note count in the color of its latest note, on an HTML card or row. */
export function noteBadge(mark: NoteMark | undefined, t: Translate): TemplateResult | typeof nothing {
  if (!mark) return nothing;
  const label = t('presence.notes', { count: mark.count });
  return html`<span class="note-count" part="note-count" title=${label} ${styleProps({ '--_note': mark.color ?? null })}
    ><span aria-hidden="true">${mark.count}</span><span class="visually-hidden">${label}</span></span
  >`;
}

/** The same badge in SVG, at (`x`, `y`) its center (a timeline bar's end). */
export function noteBadgeSvg(mark: NoteMark, x: number, y: number, t: Translate): TemplateResult {
  const label = t('presence.notes', { count: mark.count });
  return svg`<g part="note-count" role="img" aria-label=${label}
    ><circle cx=${x} cy=${y} r="8" stroke=${mark.color ?? 'var(--rl-color-text-muted, #5b6475)'}></circle
    ><text x=${x} y=${y} text-anchor="middle" dominant-baseline="central" aria-hidden="true">${mark.count}</text></g>`;
}

/** The one or two letters of a name shown in its avatar. */
function initials(name: string): string {
  const words = name.trim().split(/\s+/);
  const first = words[0]?.[0] ?? '?';
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : '';
  return (first + last).toUpperCase();
}

/**
 * Styles of the avatar stack and the connection status alone (`presenceBar`): a view that paints
 * its own outlines (the roadmap) folds these few rules into its sheet instead of adopting another.
 */
export const presenceBarStyles = css`
  .presence {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    margin-inline-start: auto;
    font-size: 0.8125rem;
  }
  .presence-row {
    display: flex;
    padding: 4px 8px;
  }
  .presence-status {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    color: var(--rl-color-text-muted, #5b6475);
  }
  .presence-status .dot {
    width: 8px;
    height: 8px;
    border-radius: 50%;
    background: var(--rl-color-text-muted, #5b6475);
  }
  .presence-status[data-status='synced'] .dot {
    background: var(--rl-color-success, #2e9e5b);
  }
  .presence-status[data-status='offline'] .dot,
  .presence-status[data-status='denied'] .dot {
    background: var(--rl-color-danger, #d93f3f);
  }
  .avatars {
    display: flex;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .avatar {
    display: grid;
    place-items: center;
    width: 26px;
    height: 26px;
    margin-inline-start: -4px;
    border: 2px solid var(--_peer);
    border-radius: 50%;
    background: var(--rl-color-surface, #fff);
    color: var(--rl-color-text, #1d2330);
    font-size: 0.6875rem;
    font-weight: 600;
  }
`;

/** Styles of the avatar stack, the status, outlines (`.peer` with `--_peer`) and badges. */
export const presenceStyles = css`
  ${presenceBarStyles}
  .peer {
    outline: 2px solid var(--_peer);
    outline-offset: -2px;
  }
  .peer-editing {
    display: inline-block;
    margin-inline-start: 4px;
    padding: 0 4px;
    border-inline-start: 3px solid var(--_peer);
    background: var(--rl-color-surface-raised, #f4f6f9);
    color: var(--rl-color-text, #1d2330);
    font-size: 0.75rem;
    white-space: nowrap;
  }
  .note-count {
    display: inline-grid;
    place-items: center;
    min-width: 18px;
    height: 18px;
    padding: 0 4px;
    border: 2px solid var(--_note, var(--rl-color-text-muted, #5b6475));
    border-radius: 9px;
    background: var(--rl-color-surface, #fff);
    color: var(--rl-color-text, #1d2330);
    font-size: 0.6875rem;
    line-height: 1;
  }
  .peer-outline {
    fill: none;
    stroke-width: 2;
    pointer-events: none;
  }
  [part~='note-count'] circle {
    fill: var(--rl-color-surface, #fff);
    stroke-width: 2;
  }
  [part~='note-count'] text {
    fill: var(--rl-color-text, #1d2330);
    font-size: 10px;
  }
`;
