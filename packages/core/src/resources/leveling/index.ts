export { level } from './level.js';
export type { LevelOptions, LevelResult, LeveledTask } from './level.js';
export { solveRcpsp, defaultSchedules } from './solve.js';
export type { SolveOptions, SolveResult } from './solve.js';
export type { RcpspProblem, Demand, Precedence } from './problem.js';
