/**
 * `toICS`: RFC 5545 text rules (CRLF, folding at 75 octets, escaping), all-day dates that do not
 * move with the time zone (the suite runs in the six zones of the matrix), stable UIDs, and
 * hostile task names.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { escapeICSText, foldICSLine, toICS } from '../../src/io/ics/index.js';
import type { ProjectData } from '../../src/model/types.js';
import { createProject } from '../../src/store/project.js';

const now = new Date(Date.UTC(2026, 2, 1, 8, 5, 9));

/** The unfolded content lines of a file. */
const unfold = (ics: string) => ics.replace(/\r\n /g, '').split('\r\n').filter(Boolean);

/** The events as property maps (first value of each name). */
function events(ics: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  let current: Record<string, string> | undefined;
  for (const line of unfold(ics)) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT' && current) {
      out.push(current);
      current = undefined;
    } else if (current) {
      const colon = line.indexOf(':');
      current[line.slice(0, colon)] = line.slice(colon + 1);
    }
  }
  return out;
}

const data: ProjectData = {
  id: 'plan',
  name: 'Plan, 2026',
  start: '2026-03-02',
  tasks: [
    { id: 'a', name: 'Build', start: '2026-03-02', duration: 5, deadline: '2026-03-10' },
    { id: 'm', name: 'Launch', type: 'milestone', duration: 0 },
    { id: 'n', name: 'Kick-off', type: 'milestone', start: '2026-03-02T13:00', manual: true, duration: 0 },
  ],
  dependencies: [{ id: 'd', from: 'a', to: 'm', type: 'FS' }],
};

describe('toICS', () => {
  it('writes a calendar of milestones and due dates, CRLF ended, with all-day dates', () => {
    const ics = toICS(createProject(data), { now });
    assert.ok(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n'));
    assert.ok(ics.endsWith('END:VCALENDAR\r\n'));
    assert.equal(ics.replace(/\r\n/g, '').includes('\n'), false, 'no bare LF');
    assert.ok(ics.includes('X-WR-CALNAME:Plan\\, 2026\r\n'));
    const list = events(ics);
    assert.deepEqual(
      list.map((e) => [e.SUMMARY, e['DTSTART;VALUE=DATE'], e['DTEND;VALUE=DATE'], e.CATEGORIES]),
      [
        ['Due: Build', '20260310', '20260311', 'DEADLINE'],
        // After Build (Mon 2 – Fri 6 March) the milestone sits at Saturday 00:00: shown on Friday.
        ['Launch', '20260306', '20260307', 'MILESTONE'],
        ['Kick-off', '20260302', '20260303', 'MILESTONE'],
      ],
    );
    for (const e of list) assert.equal(e.DTSTAMP, '20260301T080509Z');
    assert.deepEqual(
      list.map((e) => e.UID),
      ['a-due@plan.roadline', 'm-milestone@plan.roadline', 'n-milestone@plan.roadline'],
    );
  });

  it('keeps UIDs stable across exports and unique per event', () => {
    const project = createProject(data);
    const first = events(toICS(project, { now })).map((e) => e.UID);
    const second = events(toICS(project, { now: new Date() })).map((e) => e.UID);
    assert.deepEqual(first, second);
    assert.equal(new Set(first).size, first.length);
  });

  it('escapes and folds hostile names and never breaks a character', () => {
    const hostile = `a,b;c\\d\ne\r\nf\rg\u0000h\u0007 ${'é😀漢'.repeat(30)} END:VEVENT`;
    const project = createProject({
      id: 'id with spaces/and;semicolons',
      name: 'P',
      tasks: [
        {
          id: 'x,y',
          name: hostile,
          type: 'milestone',
          start: '2026-03-02',
          duration: 0,
          deadline: '2026-03-03',
        },
      ],
    });
    const ics = toICS(project, { now, dueSummary: '{name} is due' });
    for (const line of ics.split('\r\n')) assert.ok(Buffer.byteLength(line, 'utf8') <= 75, line);
    assert.equal(ics.includes('\uFFFD'), false);
    const list = events(ics);
    assert.equal(list.length, 2);
    const expected = `a\\,b\\;c\\\\d\\ne\\nf\\ngh ${'é😀漢'.repeat(30)} END:VEVENT`;
    assert.equal(list[0]?.SUMMARY, expected);
    assert.equal(list[1]?.SUMMARY, `${expected} is due`);
    assert.equal(list[0]?.UID, 'x%2Cy-milestone@id%20with%20spaces%2Fand%3Bsemicolons.roadline');
    // The hostile text never starts a line of its own.
    assert.equal(unfold(ics).filter((l) => l === 'END:VEVENT').length, 2);
  });

  it('leaves out milestones or due dates on request', () => {
    const project = createProject(data);
    assert.deepEqual(
      events(toICS(project, { now, milestones: false })).map((e) => e.CATEGORIES),
      ['DEADLINE'],
    );
    assert.deepEqual(
      events(toICS(project, { now, deadlines: false })).map((e) => e.CATEGORIES),
      ['MILESTONE', 'MILESTONE'],
    );
  });
});

describe('escapeICSText and foldICSLine', () => {
  it('escape the four special characters', () => {
    assert.equal(escapeICSText('a\\b;c,d\ne'), 'a\\\\b\\;c\\,d\\ne');
  });
  it('fold at 75 octets with a leading space', () => {
    const line = `SUMMARY:${'x'.repeat(200)}`;
    const folded = foldICSLine(line);
    const parts = folded.slice(0, -2).split('\r\n');
    assert.equal(parts[0]?.length, 75);
    for (const p of parts.slice(1)) {
      assert.ok(p.startsWith(' '));
      assert.ok(p.length <= 75);
    }
    assert.equal(folded.replace(/\r\n /g, ''), `${line}\r\n`);
    assert.equal(foldICSLine('SHORT:1'), 'SHORT:1\r\n');
  });
});
