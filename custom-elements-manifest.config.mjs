/**
 * The analyzer leaves out a class marked `@internal` but not its `customElements.define` call:
 * drop such definitions too, so an internal element (the grid inside `rl-gantt`) gets no entry,
 * docs or React wrapper.
 */
const dropInternalDefinitions = () => ({
  name: 'drop-internal-definitions',
  packageLinkPhase({ customElementsManifest }) {
    const declared = new Set();
    for (const mod of customElementsManifest.modules)
      for (const d of mod.declarations ?? []) if (d.customElement) declared.add(d.name);
    for (const mod of customElementsManifest.modules) {
      if (!mod.exports) continue;
      mod.exports = mod.exports.filter(
        (e) => e.kind !== 'custom-element-definition' || declared.has(e.declaration.name),
      );
    }
  },
});

/** The custom-elements manifest of `@roadline/elements`, read from the class doc comments. */
export default {
  plugins: [dropInternalDefinitions()],
  globs: ['packages/elements/src/**/*.ts'],
  exclude: ['packages/elements/src/bundle.ts', 'packages/elements/src/**/*.styles.ts'],
  outdir: 'packages/elements',
  litelement: true,
  packagejson: false,
};
