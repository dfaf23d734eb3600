import type { AutomationRule } from '../../src/model/automation.js';
import type { ProjectData } from '../../src/model/types.js';
import type { Project, ProjectOptions } from '../../src/store/project.js';
import { load, sample } from '../store/helpers.js';

/** The sample project with `rules`, without a scheduler, clock at 2026-03-02T09:00. */
export function withRules(
  rules: AutomationRule[],
  options: ProjectOptions = {},
  data: ProjectData = sample(),
): Project {
  return load({ ...data, automations: rules }, options);
}

export const doneToProgress: AutomationRule = {
  id: 'r-done',
  name: 'Done means 100 %',
  when: { type: 'field-changed', field: 'status', to: 'done' },
  then: [{ type: 'set-field', field: 'progress', value: 100 }],
};
