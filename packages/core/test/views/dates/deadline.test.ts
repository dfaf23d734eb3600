import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toWallMinutes as at } from '../../../src/time/wall-time.js';
import { deadlineDue, missesDeadline } from '../../../src/views/dates/deadline.js';

describe('deadlines', () => {
  it('fall due at the end of the day they name, whatever time the text carries', () => {
    assert.equal(deadlineDue('2026-03-20'), at('2026-03-21'));
    assert.equal(deadlineDue('2026-03-20T09:30'), at('2026-03-21'));
    assert.equal(deadlineDue(undefined), undefined);
    assert.equal(deadlineDue('soon'), undefined);
    assert.equal(deadlineDue('2026-02-30'), undefined);
  });

  it('a task is late only when its end passes the whole deadline day', () => {
    assert.equal(missesDeadline(at('2026-03-21'), '2026-03-20'), false, 'ends at the midnight after the day');
    assert.equal(missesDeadline(at('2026-03-20T17:00'), '2026-03-20'), false);
    assert.equal(missesDeadline(at('2026-03-21T00:01'), '2026-03-20'), true);
    assert.equal(missesDeadline(at('2026-04-01'), undefined), false);
  });

  it('reads the same in every time zone (wall time, not the viewer zone)', () => {
    // The TZ matrix runs this file under six zones; wall minutes never shift.
    assert.equal(deadlineDue('2026-03-29'), at('2026-03-30'));
    assert.equal(deadlineDue('2026-10-25'), at('2026-10-26'));
  });
});
