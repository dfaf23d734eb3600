import { css } from 'lit';

export const workloadStyles = css`
  :host {
    --_load: var(--rl-workload-load-color, var(--rl-color-accent, #2f6fed));
    --_over: var(--rl-workload-over-color, var(--rl-color-danger, #d93f3f));
  }
  td.level-1 {
    background: color-mix(in srgb, var(--_load) 12%, var(--_surface));
  }
  td.level-2 {
    background: color-mix(in srgb, var(--_load) 22%, var(--_surface));
  }
  td.level-3 {
    background: color-mix(in srgb, var(--_load) 32%, var(--_surface));
  }
  td.level-4,
  td.level-n {
    background: color-mix(in srgb, var(--_load) 42%, var(--_surface));
  }
  td.over {
    background: color-mix(in srgb, var(--_over) 35%, var(--_surface));
    font-weight: 600;
    box-shadow: inset 0 0 0 2px var(--_over);
  }
`;
