/** How long to wait before retrying a save that failed on the network, a 5xx or a timeout. */
export interface BackoffOptions {
  /** First delay, ms (default 500). */
  readonly base?: number;
  /** Longest delay, ms (default 30 000). */
  readonly max?: number;
  /** Growth per failed attempt (default 2). */
  readonly factor?: number;
}

/**
 * The delay before retry number `attempt` (1 for the first retry): exponential growth capped at
 * `max`, with "equal jitter" — half the step fixed, half drawn from `random()` in [0, 1) — so many
 * clients that lost the same server do not come back in step, and no delay falls below half its step.
 */
export function backoffDelay(attempt: number, options: BackoffOptions, random: () => number): number {
  const base = options.base ?? 500;
  const max = options.max ?? 30_000;
  const factor = options.factor ?? 2;
  const step = Math.min(max, base * factor ** Math.max(0, attempt - 1));
  return step / 2 + (step / 2) * random();
}
