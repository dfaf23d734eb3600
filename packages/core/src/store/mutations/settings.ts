import type { ProjectSettings } from '../../model/operations.js';
import { sameJson } from '../../model/json.js';
import { copyInput, type MutationContext } from './context.js';

/** Changes the project's own members (`name`, `start`, `calendar`); `undefined` removes `start` or `calendar`. */
export function updateSettings(
  ctx: MutationContext,
  patch: Partial<Omit<ProjectSettings, 'id'>>,
): Readonly<ProjectSettings> {
  const previous = ctx.state.settings;
  const { copy, cleared } = copyInput(patch, 'project');
  const next = { ...previous, ...copy, id: previous.id } as Record<string, unknown>;
  for (const key of cleared) if (key !== 'id') delete next[key];
  if (!sameJson(previous, next))
    ctx.emit({ kind: 'update', entity: 'project', id: previous.id, before: previous, after: next });
  return ctx.state.settings;
}
