import {
  createProject,
  type Peer,
  type PresenceUser,
  type Project,
  type ProjectData,
  presenceOf,
} from '@roadline/core';
import type { TemplateResult } from 'lit';
import type { ThemeName } from '../src/styles/tokens.js';
import { mount } from './helpers.js';

/**
 * The presence half of a collaboration room, in one page and with core's real `Presence`: each
 * store that joins is `synced`, and what one store's views publish (`setLocal`) becomes a peer in
 * the others' presence, as a session would relay it (stories/support/in-page-room.ts does the same
 * with Yjs documents; these suites load one plan into each store instead of syncing it).
 */
export class PresenceRoom {
  private readonly members: { project: Project; user: PresenceUser; clientId: number; off: () => void }[] =
    [];

  /** `project` joins as `user`; returns the function that makes it leave. */
  join(project: Project, user: PresenceUser): () => void {
    const presence = presenceOf(project);
    presence.setStatus('synced');
    const member = {
      project,
      user,
      clientId: this.members.length + 1,
      off: presence.subscribeLocal(() => this.tell()),
    };
    this.members.push(member);
    this.tell();
    return () => {
      const at = this.members.indexOf(member);
      if (at < 0) return;
      this.members.splice(at, 1);
      member.off();
      presence.setPeers([]);
      presence.setStatus(undefined);
      presence.setLocal({ selection: undefined, editing: undefined });
      this.tell();
    };
  }

  /** Every member's peers: the others, with what they select now. */
  private tell(): void {
    for (const member of this.members) {
      const peers: Peer[] = [];
      for (const other of this.members) {
        if (other === member) continue;
        const local = presenceOf(other.project).local;
        peers.push({ clientId: other.clientId, user: other.user, ...local });
      }
      presenceOf(member.project).setPeers(peers);
    }
  }
}

/** The two people of the presence suites. */
export const dana: PresenceUser = { id: 'dana', name: 'Dana Scully', color: '#c2185b' };
export const eli: PresenceUser = { id: 'eli', name: 'Eli Okafor', color: '#1565c0' };

/** An element of the presence suites: it renders asynchronously and shows a store. */
type View = HTMLElement & { readonly updateComplete: Promise<unknown>; readonly project?: unknown };

/** Dana's and Eli's views of one plan on one room, and how they both leave. */
export interface ViewPair<V extends View> {
  danaView: V;
  eliView: V;
  leave: () => void;
}

/**
 * Two stores loaded from `data` on one {@link PresenceRoom}, Dana's and Eli's, shown by `views`
 * (a template with an element `#dana` on the first store and `#eli` on the second, in a `dir`
 * wrapper: `rtl` for Arabic), mounted in `theme` and settled.
 */
export async function viewPair<V extends View>(
  data: ProjectData,
  views: (mine: Project, theirs: Project, dir: 'ltr' | 'rtl') => TemplateResult,
  theme: ThemeName = 'light',
  locale = 'en',
): Promise<ViewPair<V>> {
  const room = new PresenceRoom();
  const mine = createProject(structuredClone(data));
  const theirs = createProject(structuredClone(data));
  const offs = [room.join(mine, dana), room.join(theirs, eli)];
  const wrap = await mount<HTMLElement>(views(mine, theirs, locale === 'ar' ? 'rtl' : 'ltr'), theme);
  const danaView = wrap.querySelector('#dana') as V;
  const eliView = wrap.querySelector('#eli') as V;
  await settled(danaView, eliView);
  return {
    danaView,
    eliView,
    leave: () => {
      for (const off of offs) off();
    },
  };
}

/** The views rendered what the room told them (a publish runs after an update, then re-renders the other). */
export async function settled(...views: View[]): Promise<void> {
  for (let i = 0; i < 3; i++) {
    for (const view of views) await view.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  }
}
