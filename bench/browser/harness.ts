/**
 * The browser benchmark case shape. A case prepares an argument in Node (for example a generated
 * project), then `measure` runs inside the page, where `window.Roadline` is the script-tag bundle,
 * and returns the figure in milliseconds (time until ready and painted, a frame time, …).
 */
export interface BrowserBenchCase<Arg = unknown> {
  name: string;
  prepare: () => Arg;
  /** Runs in the page: no closure over Node variables; the argument is serialized across. */
  measure: (arg: Arg) => Promise<number>;
  runs?: number;
  target?: string;
}

export function browserCase<Arg>(spec: BrowserBenchCase<Arg>): BrowserBenchCase<unknown> {
  return spec as BrowserBenchCase<unknown>;
}
