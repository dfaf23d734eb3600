import { Binding } from '@roadline/collab';
import { type Peer, type PresenceUser, type Project, presenceOf } from '@roadline/core';
import * as Y from 'yjs';

/** Updates this room relays carry this origin, so a replica never sends them back. */
const RELAY = { room: 'in-page' };

interface Member {
  readonly project: Project;
  readonly doc: Y.Doc;
  readonly binding: Binding;
  readonly user: PresenceUser;
  readonly offLocal: () => void;
}

/**
 * A collaboration room inside one page, with no server: each project that joins gets its own Yjs
 * document bound to it by `@roadline/collab`'s `Binding` (the same binding a `connect` session
 * uses), and this room relays every document update to the other documents, as a server would.
 * Presence goes the same way: what one project's views publish (`presenceOf(project).setLocal`)
 * becomes a peer in the others' presence, and each presence reports `synced`. For stories and
 * tests; a real page uses `connect` and the `roadline-collab` server.
 */
export class InPageRoom {
  private readonly members: Member[] = [];

  /** Binds `project` to the room as `user`; the first project seeds the room. Returns `leave`. */
  join(project: Project, user: PresenceUser): () => void {
    const doc = new Y.Doc();
    const first = this.members[0];
    if (first) Y.applyUpdate(doc, Y.encodeStateAsUpdate(first.doc), RELAY);
    const binding = new Binding(project, doc, { readOnly: () => false, onConflict: () => undefined });
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === RELAY) return;
      for (const other of this.members) if (other.doc !== doc) Y.applyUpdate(other.doc, update, RELAY);
    });
    binding.start();
    project.setUndoHandler({
      undo: () => binding.undo(),
      redo: () => binding.redo(),
      get canUndo() {
        return binding.undoManager.canUndo();
      },
      get canRedo() {
        return binding.undoManager.canRedo();
      },
    });
    const presence = presenceOf(project);
    presence.setStatus('synced');
    const member: Member = {
      project,
      doc,
      binding,
      user,
      offLocal: presence.subscribeLocal(() => this.tell()),
    };
    this.members.push(member);
    this.tell();
    return () => this.leave(member);
  }

  private leave(member: Member): void {
    const at = this.members.indexOf(member);
    if (at < 0) return;
    this.members.splice(at, 1);
    member.offLocal();
    member.binding.destroy();
    member.project.setUndoHandler(undefined);
    const presence = presenceOf(member.project);
    presence.setPeers([]);
    presence.setStatus(undefined);
    this.tell();
  }

  /** Gives every member the others as peers, with what they select and edit now. */
  private tell(): void {
    for (const member of this.members) {
      const peers: Peer[] = [];
      for (const other of this.members) {
        if (other === member) continue;
        const local = presenceOf(other.project).local;
        const peer: Peer = { clientId: other.doc.clientID, user: other.user };
        if (local.selection) peer.selection = local.selection;
        if (local.editing) peer.editing = local.editing;
        peers.push(peer);
      }
      presenceOf(member.project).setPeers(peers);
    }
  }
}
