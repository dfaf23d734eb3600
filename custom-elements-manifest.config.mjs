/** The custom-elements manifest of `@roadline/elements`, read from the class doc comments. */
export default {
  globs: ['packages/elements/src/**/*.ts'],
  exclude: ['packages/elements/src/bundle.ts', 'packages/elements/src/**/*.styles.ts'],
  outdir: 'packages/elements',
  litelement: true,
  packagejson: false,
};
