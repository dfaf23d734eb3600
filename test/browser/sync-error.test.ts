import { expect } from '@open-wc/testing';
import { createProject, type SaveOutcome, sync } from '@roadline/core';
import { forwardSyncErrors } from '@roadline/elements';

describe('rl-sync-error', () => {
  it("forwards a refused batch's reason from the session to the DOM, until stopped", async () => {
    const project = createProject({
      id: 'p',
      name: 'P',
      tasks: [{ id: 'a', name: 'A', start: '2026-03-02', duration: 1 }],
    });
    const session = sync(
      project,
      {
        save: async (): Promise<SaveOutcome> => ({ ok: false, status: 409, reason: 'Someone else edited A' }),
      },
      { debounce: 0 },
    );
    const host = document.createElement('div');
    document.body.append(host);
    const seen: CustomEvent[] = [];
    document.addEventListener('rl-sync-error', (e) => seen.push(e));
    const stop = forwardSyncErrors(session, host);
    project.updateTask('a', { name: 'A2' });
    await session.flush();
    expect(seen.length).to.equal(1);
    expect(seen[0]?.detail.kind).to.equal('rejected');
    expect(seen[0]?.detail.reason).to.equal('Someone else edited A');
    expect(seen[0]?.detail.status).to.equal(409);
    expect(project.task('a')?.name).to.equal('A');
    stop();
    project.updateTask('a', { name: 'A3' });
    await session.flush();
    expect(seen.length).to.equal(1);
    session.stop();
    host.remove();
  });
});
