/** The `<Task>` elements of an MSPDI file with their identity resolved, shared by every reader. */
import { RoadlineError } from '../../model/errors.js';
import type { XmlElement } from '../xml/parse.js';
import { type ChildIndex, childText, indexChildren } from '../xml/query.js';
import { TASK_ID_FIELD } from './codes.js';
import { extendedValue, type MspDocument, readUid } from './header.js';

/** One task of the file. */
export interface MspTaskRow {
  uid: string;
  /** The Roadline id: the UID, or the Roadline ID field of a file that `toMSProjectXML` wrote. */
  id: string;
  name: string;
  /** Outline level, 1 for top-level tasks. */
  level: number;
  fields: ChildIndex;
  element: XmlElement;
  /** `Task 12 ("Design")`, for messages. */
  label: string;
}

/** The tasks of a file: the project summary task (UID 0) apart, blank rows left out. */
export interface MspTaskRows {
  projectRow: MspTaskRow | undefined;
  rows: MspTaskRow[];
  byUid: Map<string, MspTaskRow>;
}

/**
 * Reads the identity and outline level of every task.
 *
 * @throws RoadlineError `INVALID_DATA` for a missing or repeated UID or id, or a bad outline level.
 */
export function readTaskRows(doc: MspDocument): MspTaskRows {
  const container = doc.header.get('Tasks');
  const rows: MspTaskRow[] = [];
  const byUid = new Map<string, MspTaskRow>();
  const ids = new Set<string>();
  let projectRow: MspTaskRow | undefined;
  for (const element of container ? container.children : []) {
    if (element.name !== 'Task') continue;
    const fields = indexChildren(element);
    const uidText = childText(fields, 'UID');
    const uid = readUid(uidText);
    if (uid === undefined) {
      throw new RoadlineError(
        'INVALID_DATA',
        `A task has a missing or invalid UID ${JSON.stringify(uidText ?? '')}`,
      );
    }
    if (childText(fields, 'IsNull') === '1') continue;
    const name = fields.get('Name')?.text ?? '';
    const label = `Task ${uid} (${JSON.stringify(name)})`;
    const levelText = childText(fields, 'OutlineLevel');
    const level = levelText === undefined ? (uid === '0' ? 0 : 1) : Number(levelText);
    if (!Number.isInteger(level) || level < 0) {
      throw new RoadlineError(
        'INVALID_DATA',
        `${label} has an invalid OutlineLevel ${JSON.stringify(levelText)}`,
      );
    }
    if (byUid.has(uid)) throw new RoadlineError('INVALID_DATA', `Two tasks have UID ${uid}`);
    const kept = doc.keepsTaskIds ? extendedValue(element, TASK_ID_FIELD.id) : undefined;
    const id = kept !== undefined && kept !== '' ? kept : uid;
    const row: MspTaskRow = { uid, id, name, level, fields, element, label };
    byUid.set(uid, row);
    if (uid === '0' || level === 0) {
      if (projectRow) throw new RoadlineError('INVALID_DATA', `${label} is a second project summary task`);
      projectRow = row;
      continue;
    }
    if (ids.has(id))
      throw new RoadlineError('INVALID_DATA', `${label} repeats the task id ${JSON.stringify(id)}`);
    ids.add(id);
    rows.push(row);
  }
  return { projectRow, rows, byUid };
}
