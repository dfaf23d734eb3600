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
