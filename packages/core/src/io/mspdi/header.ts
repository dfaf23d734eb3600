/** The project-level facts of an MSPDI file that several readers need. */
import { RoadlineError } from '../../model/errors.js';
import type { XmlElement } from '../xml/parse.js';
import { parseXml } from '../xml/parse.js';
import { type ChildIndex, childElement, childElements, childText, indexChildren } from '../xml/query.js';
import { RESOURCE_ID_FIELD, TASK_ID_FIELD } from './codes.js';

/** A parsed MSPDI document with its header indexed. */
export interface MspDocument {
  root: XmlElement;
  header: ChildIndex;
  minutesPerDay: number;
  minutesPerWeek: number;
  daysPerMonth: number;
  /** Whether task ids come from the Roadline ID field (Text30) that `toMSProjectXML` writes. */
  keepsTaskIds: boolean;
  /** Whether person ids come from the resource Roadline ID field. */
  keepsPersonIds: boolean;
}

function positiveNumber(header: ChildIndex, name: string, fallback: number, max: number): number {
  const text = childText(header, name);
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0 || value > max) {
    throw new RoadlineError(
      'INVALID_DATA',
      `Project ${name} is ${JSON.stringify(text)}, not a positive number`,
    );
  }
  return value;
}

/**
 * Parses `xml` and checks that it is a Microsoft Project XML document.
 *
 * @throws RoadlineError `INVALID_XML` when it is not well-formed, `INVALID_DATA` when the root
 *   is not `<Project>` or a header setting is out of range.
 */
export function openMspDocument(xml: string): MspDocument {
  const root = parseXml(xml);
  if (root.name !== 'Project') {
    throw new RoadlineError(
      'INVALID_DATA',
      `Not a Microsoft Project XML file: the root element is <${root.name}>, not <Project>`,
    );
  }
  const header = indexChildren(root);
  const minutesPerDay = positiveNumber(header, 'MinutesPerDay', 480, 1440);
  const minutesPerWeek = positiveNumber(header, 'MinutesPerWeek', minutesPerDay * 5, 7 * 1440);
  const daysPerMonth = positiveNumber(header, 'DaysPerMonth', 20, 31);
  return {
    root,
    header,
    minutesPerDay,
    minutesPerWeek,
    daysPerMonth,
    keepsTaskIds: declaresField(header, TASK_ID_FIELD),
    keepsPersonIds: declaresField(header, RESOURCE_ID_FIELD),
  };
}

function declaresField(header: ChildIndex, field: { id: string; alias: string }): boolean {
  const attributes = header.get('ExtendedAttributes');
  if (!attributes) return false;
  return childElements(attributes, 'ExtendedAttribute').some(
    (a) => childText(a, 'FieldID') === field.id && childText(a, 'Alias') === field.alias,
  );
}

/** The value of extended attribute `fieldId` on a task or resource element, if any. */
export function extendedValue(element: XmlElement, fieldId: string): string | undefined {
  for (const child of element.children) {
    if (child.name !== 'ExtendedAttribute') continue;
    if (childText(child, 'FieldID') === fieldId) {
      const value = childElement(child, 'Value');
      return value?.text;
    }
  }
  return undefined;
}

/** A non-negative integer UID as a canonical string, or `undefined`. */
export function readUid(text: string | undefined): string | undefined {
  if (text === undefined || !/^-?\d{1,15}$/.test(text)) return undefined;
  const n = Number(text);
  return n < 0 ? undefined : String(n);
}
