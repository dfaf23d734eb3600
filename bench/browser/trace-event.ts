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
