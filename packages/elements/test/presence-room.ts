import { type Peer, type PresenceUser, type Project, presenceOf } from '@roadline/core';

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
