/**
 * The fields of a Chromium trace event that the CPU-time tools read (`timeline-cpu.ts`,
 * `ready-cpu.ts`): a complete event (`ph: 'X'`) has a wall duration `dur` and, for a thread that
 * reports it, the thread's CPU time `tdur`, both in microseconds.
 */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/** CPU (ms) of the top-level slices of one thread between two instants (nested slices counted once). */
export function threadCpu(
  events: readonly TraceEvent[],
  pid: number,
  tid: number,
  from: number,
  to: number,
): number {
  const slices = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.ts >= from && e.ts <= to)
    .sort((a, b) => a.ts - b.ts);
  let until = 0;
  let cpu = 0;
  for (const e of slices) {
    if (e.ts < until) continue;
    until = e.ts + (e.dur ?? 0);
    cpu += (e.tdur ?? 0) / 1000;
  }
  return cpu;
}

/**
 * CPU ms of every frame after the `rl-frames` mark: each task that ran animation frame callbacks
 * on the marked thread. `tool` names the caller in the error when the trace has no mark.
 */
export function frameTimes(events: readonly TraceEvent[], tool: string): number[] {
  const mark = events.find((e) => e.name === 'rl-frames');
  if (!mark) throw new Error(`${tool}: the trace has no rl-frames mark`);
  const main = events.filter(
    (e) => e.pid === mark.pid && e.tid === mark.tid && e.ph === 'X' && e.ts >= mark.ts,
  );
  const out: number[] = [];
  for (const task of main) {
    if (task.name !== 'RunTask' || task.dur === undefined) continue;
    const end = task.ts + task.dur;
    const isFrame = main.some((e) => e.name === 'FireAnimationFrame' && e.ts >= task.ts && e.ts <= end);
    if (isFrame) out.push((task.tdur ?? task.dur) / 1000);
  }
  return out;
}
