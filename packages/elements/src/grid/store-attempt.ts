import { type Project, RoadlineError } from '@roadline/core';

const DRY_RUN = new Error('dry run');

/**
 * Whether the store would refuse a change: runs it in a transaction that is always rolled back
 * (nothing is committed, no view hears of it). The message of a refusal, or `undefined`.
 */
export function refusal(project: Project, fn: () => unknown): string | undefined {
  try {
    project.transaction(() => {
      fn();
      throw DRY_RUN;
    });
    return undefined;
  } catch (error) {
    return error === DRY_RUN ? undefined : messageOf(error);
  }
}

/** Runs a store change; returns the refusal's message instead of throwing it. */
export function attempt(fn: () => unknown): string | undefined {
  try {
    fn();
    return undefined;
  } catch (error) {
    return messageOf(error);
  }
}

/** The message of whatever a store change threw. */
export function messageOf(error: unknown): string {
  if (error instanceof RoadlineError) return error.message;
  return error instanceof Error ? error.message : String(error);
}
