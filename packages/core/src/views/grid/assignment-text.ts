/**
 * The text of an assignment column, as Microsoft Project writes its "Resource Names": people by
 * name, with their units in brackets when not 100 % (`Ana [50 %], Bob`). `parseAssignmentText`
 * reads that text back (what a person types in the cell), tolerant of spacing and of a missing
 * `%` (`ana[50]`), and names each part it cannot read, so an editor can refuse the edit in words.
 */
import type { Person } from '../../model/types.js';

/** One person of the cell, as shown or as typed. */
export interface AssignmentText {
  personId: string;
  /** Percent; 100 when the text gives none. */
  units: number;
}

/** A part of the typed text that names nobody or has unreadable units. */
export interface AssignmentTextError {
  part: string;
  reason: 'unknown-person' | 'bad-units' | 'repeated-person';
}

/** `Ana [50 %], Bob`: each person's name (their id when they are unknown), units when not 100 %. */
export function formatAssignmentText(
  assignments: readonly AssignmentText[],
  people: ReadonlyMap<string, Pick<Person, 'name'>>,
): string {
  return assignments
    .map((a) => {
      const name = people.get(a.personId)?.name ?? a.personId;
      return a.units === 100 ? name : `${name} [${formatUnits(a.units)} %]`;
    })
    .join(', ');
}

function formatUnits(units: number): string {
  return String(Math.round(units * 100) / 100);
}

const PART = /^(.*?)\s*(?:\[\s*([^\]]*?)\s*%?\s*\])?$/;

/**
 * Reads a cell's text: comma-separated people, each a name (or id, case-insensitive) with
 * optional `[units %]`. Returns the assignments in typed order, or the parts it could not read.
 */
export function parseAssignmentText(
  text: string,
  people: readonly Pick<Person, 'id' | 'name'>[],
): { assignments: AssignmentText[]; errors: AssignmentTextError[] } {
  const assignments: AssignmentText[] = [];
  const errors: AssignmentTextError[] = [];
  const byKey = new Map<string, string>();
  for (const p of people) byKey.set(p.id.toLowerCase(), p.id);
  for (const p of people) byKey.set(p.name.trim().toLowerCase(), p.id);
  for (const raw of text.split(',')) {
    const part = raw.trim();
    if (part === '') continue;
    const m = PART.exec(part) as RegExpExecArray;
    const name = (m[1] ?? '').trim();
    const personId = byKey.get(name.toLowerCase());
    if (personId === undefined) {
      errors.push({ part, reason: 'unknown-person' });
      continue;
    }
    let units = 100;
    if (m[2] !== undefined) {
      const value = Number(m[2].replace('%', '').trim());
      if (m[2].trim() === '' || !Number.isFinite(value) || value < 0) {
        errors.push({ part, reason: 'bad-units' });
        continue;
      }
      units = value;
    }
    if (assignments.some((a) => a.personId === personId)) {
      errors.push({ part, reason: 'repeated-person' });
      continue;
    }
    assignments.push({ personId, units });
  }
  return { assignments, errors };
}
