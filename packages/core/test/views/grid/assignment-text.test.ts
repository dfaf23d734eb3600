import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatAssignmentText, parseAssignmentText } from '../../../src/views/grid/assignment-text.js';

const people = [
  { id: 'ana', name: 'Ana' },
  { id: 'b7', name: 'Bob Stone' },
];

describe('grid: assignment column text', () => {
  it('formats units in brackets when not 100 %', () => {
    const byId = new Map(people.map((p) => [p.id, p]));
    assert.equal(
      formatAssignmentText(
        [
          { personId: 'ana', units: 50 },
          { personId: 'b7', units: 100 },
          { personId: 'gone', units: 12.5 },
        ],
        byId,
      ),
      'Ana [50 %], Bob Stone, gone [12.5 %]',
    );
  });

  it('parses what it formats, tolerant of spacing and case, and names what it cannot read', () => {
    assert.deepEqual(parseAssignmentText('Ana [50 %], bob stone', people), {
      assignments: [
        { personId: 'ana', units: 50 },
        { personId: 'b7', units: 100 },
      ],
      errors: [],
    });
    assert.deepEqual(parseAssignmentText(' ana[25], B7 [200%] ,', people).assignments, [
      { personId: 'ana', units: 25 },
      { personId: 'b7', units: 200 },
    ]);
    assert.deepEqual(parseAssignmentText('Zed, Ana [x %], Ana, Ana', people).errors, [
      { part: 'Zed', reason: 'unknown-person' },
      { part: 'Ana [x %]', reason: 'bad-units' },
      { part: 'Ana', reason: 'repeated-person' },
    ]);
    assert.deepEqual(parseAssignmentText('', people), { assignments: [], errors: [] });
  });
});
