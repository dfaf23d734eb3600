/**
 * Elements registered only from their own entries (`@roadline/elements/define/<name>`): not by the
 * all-elements entry or the script-tag bundle (for size, or because their parsers load on demand,
 * which one file cannot do; see packages/elements/src/index.ts), and whose React wrappers are
 * imported by path (`@roadline/react/<tag>`). `test/smoke/standalone-csp.test.ts` covers every
 * one on a strict-CSP page.
 */
export const STANDALONE_ELEMENTS: ReadonlySet<string> = new Set([
  'rl-network',
  'rl-automations',
  'rl-resource-histogram',
  'rl-resource-usage',
  'rl-import',
  'rl-export-menu',
  'rl-workflow',
]);
