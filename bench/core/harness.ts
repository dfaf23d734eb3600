/**
 * The benchmark case shape shared by every `bench/core/*.bench.ts` file, and the statistics the
 * runner prints. A case is timed around `run` only; `setup` runs once, untimed, before the runs.
 */
export interface BenchCase<Context = unknown> {
  name: string;
  setup?: () => Context | Promise<Context>;
  /**
   * The measured work (a promise is awaited inside the timing). When `unit` is set, its return
   * value is the figure instead of the time.
   */
  run: (context: Context) => unknown;
  /** Timed runs after one warm-up run. Default 5. */
  runs?: number;
  /** The figure reported is what `run` returns, in this unit (for example `'MB'`). */
  unit?: string;
  /** The target, printed beside the result, for example `'≤ 300 ms'`. */
  target?: string;
}

/** Declares a case with its context type inferred from `setup`. */
export function benchCase<Context>(spec: BenchCase<Context>): BenchCase<unknown> {
  return spec as BenchCase<unknown>;
}

export interface BenchResult {
  file: string;
  name: string;
  unit: string;
  median: number;
  min: number;
  max: number;
  runs: number;
  target?: string;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** p-th percentile (0–100) by nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

export function formatTable(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  const line = (r: readonly string[]) => `| ${r.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join(' | ')} |`;
  const [head, ...body] = rows;
  if (!head) return '';
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

export function formatFigure(value: number): string {
  if (value >= 100) return value.toFixed(0);
  if (value >= 1) return value.toFixed(2);
  return value.toFixed(4);
}
