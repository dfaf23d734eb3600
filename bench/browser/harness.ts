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
  /**
   * This case measures a peer library on the same data as the case named here; the runner prints
   * that case's median divided by this one's (below 1: Roadline is faster or smaller).
   */
  peerOf?: string;
}

export function browserCase<Arg>(spec: BrowserBenchCase<Arg>): BrowserBenchCase<unknown> {
  return spec as BrowserBenchCase<unknown>;
}
