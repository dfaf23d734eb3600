import type { FieldDef } from './types.js';

/**
 * What a reference check needs to know about the rest of a project. Whole-data validation
 * implements it over the input being loaded; the store implements it over its live state, so
 * a single mutation is checked by exactly the same code as a load.
 */
export interface ReferenceIndex {
  hasTask(id: string): boolean;
  hasStatus(id: string): boolean;
  hasPriority(id: string): boolean;
  hasPerson(id: string): boolean;
  hasGroup(id: string): boolean;
  hasRelease(id: string): boolean;
  hasCalendar(id: string): boolean;
  field(id: string): FieldDef | undefined;
}
