import { css } from 'lit';

export const boardStyles = css`
  :host {
    --_column-width: var(--rl-board-column-width, 272px);
    --_collapsed-width: 48px;
    --_column-height: var(--rl-board-column-height, 70vh);
    --_card-bg: var(--rl-board-card-background, var(--rl-color-surface, #ffffff));
    --_column-bg: var(--rl-board-column-background, var(--rl-color-surface-raised, #f6f7f9));
    --_late: var(--rl-board-late-color, var(--rl-color-danger, #d93f3f));
    --_border: var(--rl-color-border, #d9dde5);
    --_muted: var(--rl-color-text-muted, #5b6475);
    --_accent: var(--rl-color-accent, #2f6fed);
    --_table-height: var(--rl-board-table-height, 560px);
    display: block;
    position: relative;
    background: var(--rl-color-surface, #ffffff);
  }
  button,
  input,
  select {
    font: inherit;
    color: inherit;
  }
  input,
  select {
    background: var(--rl-color-surface, #ffffff);
    border: 1px solid var(--_border);
    border-radius: 4px;
  }
  button {
    background: none;
    border: 1px solid transparent;
    border-radius: 4px;
    cursor: pointer;
  }
  [part='error'] {
    color: var(--rl-color-danger, #d93f3f);
  }
  /* kanban */
  [part='kanban'] {
    overflow-x: auto;
    padding: var(--rl-space-2, 8px);
  }
  [part='kanban-header'],
  [part='lane'] {
    display: grid;
    gap: var(--rl-space-2, 8px);
    width: max-content;
  }
  [part~='column-header'] {
    display: flex;
    align-items: center;
    gap: var(--rl-space-1, 4px);
    padding: var(--rl-space-2, 8px);
    background: var(--_column-bg);
    border-top: 3px solid var(--_column-color, var(--_border));
    border-radius: var(--rl-radius, 6px) var(--rl-radius, 6px) 0 0;
    min-width: 0;
  }
  [part~='column-header'][part~='collapsed'] {
    flex-direction: column;
    writing-mode: vertical-rl;
  }
  [part='column-title'] {
    margin: 0;
    font-size: inherit;
    font-weight: 600;
    flex: 1;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  [part~='over-limit'] [part='count'],
  [part~='column-header'][part~='over-limit'] [part='count'] {
    color: var(--_late);
    font-weight: 700;
  }
  [part='wip-flag'] {
    color: var(--rl-color-accent-contrast, #fff);
    background: var(--_late);
    border-radius: 999px;
    padding: 0 6px;
    font-weight: 700;
  }
  [part='lane-header'] {
    margin: var(--rl-space-2, 8px) 0 var(--rl-space-1, 4px);
    font-size: inherit;
    border-left: 4px solid var(--_lane-color, var(--_border));
    padding-left: var(--rl-space-2, 8px);
  }
  [part~='column-body'] {
    background: var(--_column-bg);
    border-radius: 0 0 var(--rl-radius, 6px) var(--rl-radius, 6px);
    padding: 0 var(--rl-space-2, 8px) var(--rl-space-2, 8px);
    min-width: 0;
  }
  [part~='column-body'][part~='over-limit'] {
    box-shadow: inset 0 0 0 2px var(--_late);
  }
  [part='cards'] {
    max-height: var(--_column-height);
    min-height: 48px;
    overflow-y: auto;
    overscroll-behavior: contain;
  }
  /* An export lays the board out whole: every column and card, nothing scrolls. */
  .whole[part='kanban'] {
    overflow: visible;
    width: max-content;
  }
  .whole [part='cards'] {
    max-height: none;
    overflow: visible;
  }
  .whole[part='table'] {
    overflow: visible;
    width: max-content;
  }
  .whole [part~='table-body'] {
    height: auto;
    overflow: visible;
  }
  .whole-list {
    display: contents;
  }
  [part='more'] {
    margin: 0;
    padding: var(--rl-space-1, 4px) 0;
    color: var(--_muted);
  }
  [part~='card'] {
    box-sizing: border-box;
    height: 112px;
    margin-bottom: 8px;
    padding: var(--rl-space-2, 8px);
    display: grid;
    grid-template-columns: 1fr auto;
    grid-template-rows: auto 1fr auto auto;
    gap: 4px;
    background: var(--_card-bg);
    border: 1px solid var(--_border);
    border-radius: var(--rl-radius, 6px);
    cursor: grab;
    user-select: none;
    overflow: hidden;
  }
  [part~='card'][part~='lifted'] {
    border-color: var(--_accent);
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.2);
  }
  [part~='card'][part~='late'] {
    border-left: 3px solid var(--_late);
  }
  [part='card-name'] {
    grid-column: 1;
    grid-row: 1;
    font-weight: 600;
    overflow: hidden;
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    overflow-wrap: anywhere;
  }
  [part='card-handle'] {
    grid-column: 2;
    grid-row: 1;
    color: var(--_muted);
    touch-action: none;
    padding: 0 4px;
  }
  [part='card-meta'] {
    grid-column: 1 / -1;
    display: flex;
    align-items: center;
    gap: var(--rl-space-1, 4px);
    font-size: var(--rl-font-size-small, 12px);
    min-width: 0;
  }
  [part='priority'],
  [part='pill'] {
    padding: 0 6px;
    border-radius: 999px;
    border: 1px solid var(--_chip, var(--_border));
    white-space: nowrap;
  }
  [part='pill'] {
    border-left-width: 8px;
  }
  [part~='due'] {
    color: var(--_muted);
    white-space: nowrap;
  }
  [part~='due'][part~='late'] {
    color: var(--rl-color-text, #1d2330);
    font-weight: 600;
    border-bottom: 2px solid var(--_late);
  }
  [part='avatars'] {
    display: inline-flex;
    margin-left: auto;
  }
  [part~='avatar'] {
    display: inline-grid;
    place-items: center;
    width: 22px;
    height: 22px;
    border-radius: 50%;
    font-size: 10px;
    font-weight: 700;
    background: var(--rl-color-track, #e6e9ef);
    border: 2px solid var(--_avatar, var(--_card-bg));
    margin-left: -4px;
  }
  [part='card-progress'],
  [part='progress-track'] {
    grid-column: 1 / -1;
    display: block;
    height: 4px;
    background: var(--rl-color-track, #e6e9ef);
    border-radius: 2px;
    overflow: hidden;
  }
  [part='card-progress-bar'],
  [part='progress-bar'] {
    display: block;
    height: 100%;
    background: var(--_accent);
  }
  [part='tags'] {
    grid-column: 1 / -1;
    display: flex;
    gap: 4px;
    overflow: hidden;
    white-space: nowrap;
  }
  [part='tag'] {
    font-size: var(--rl-font-size-small, 12px);
    padding: 0 4px;
    border-radius: 3px;
    background: var(--rl-color-track, #e6e9ef);
  }
  [part='add-card'] {
    width: 100%;
    text-align: left;
    color: var(--_muted);
    padding: 4px;
  }
  [part='add-input'] {
    width: 100%;
  }
  /* table */
  [part='toolbar'],
  [part='bulk-bar'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--rl-space-2, 8px);
    padding: var(--rl-space-2, 8px);
  }
  [part='bulk-bar'] {
    background: var(--_column-bg);
  }
  [part='column-picker'] ul {
    position: absolute;
    z-index: 2;
    margin: 0;
    padding: var(--rl-space-2, 8px);
    list-style: none;
    background: var(--rl-color-surface, #fff);
    border: 1px solid var(--_border);
    border-radius: var(--rl-radius, 6px);
  }
  [part='table-count'] {
    color: var(--_muted);
    margin-left: auto;
  }
  [part='table'] {
    border: 1px solid var(--_border);
    border-radius: var(--rl-radius, 6px);
    overflow-x: auto;
  }
  [part='header-row'],
  [part~='row'],
  [part~='summary-row'] {
    display: grid;
    grid-template-columns: var(--_tracks);
    height: 36px;
    min-width: max-content;
  }
  [part='header-row'] {
    background: var(--_column-bg);
    font-weight: 600;
  }
  [part~='header-cell'],
  [part~='cell'][role='gridcell'] {
    display: flex;
    align-items: center;
    gap: 4px;
    padding: 0 var(--rl-space-2, 8px);
    border-bottom: 1px solid var(--_border);
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    min-width: 0;
    background: none;
    border-radius: 0;
  }
  [part='sort-button'] {
    font-weight: 600;
    padding: 2px 4px;
  }
  [part~='header-cell'] {
    position: relative;
  }
  [part='resize-handle'] {
    position: absolute;
    inset-block: 0;
    inset-inline-end: 0;
    width: 8px;
    cursor: col-resize;
    touch-action: none;
  }
  [part='resize-handle']:hover {
    background: color-mix(in srgb, var(--_accent) 40%, transparent);
  }
  [part~='table-body'] {
    height: var(--_table-height);
    overflow-y: auto;
    min-width: max-content;    position: relative;
  }
  /* Row slots: every row is placed at its offset (a transform), so a slot's node moves between rows. */
  [part~='table-body'] > [role='row'] {
    position: absolute;
    top: 0;
    inset-inline-start: 0;
    min-width: max(100%, var(--_width));
    box-sizing: border-box;
  }
  [part~='group-row'] {
    display: block;
    height: 36px;
  }
  [part='group-cell'] {
    display: flex;
    align-items: center;
    gap: var(--rl-space-2, 8px);
    height: 100%;
    padding: 0 var(--rl-space-2, 8px);
    border-left: 6px solid var(--_group-color, var(--_accent));
    font-weight: 600;
  }
  [part~='group-row'] [part='count'] {
    color: var(--_muted);
    font-weight: normal;
  }
  [part~='summary-row'] {
    color: var(--_muted);
    font-size: var(--rl-font-size-small, 12px);
  }
  [part='status-mix'] {
    display: flex;
    width: 100%;
    height: 10px;
    border-radius: 5px;
    overflow: hidden;
    background: var(--rl-color-track, #e6e9ef);
  }
  [part='status-mix-segment'] {
    flex-basis: 0;
    background: var(--_muted);
  }
  [part~='row'][part~='selected'] {
    background: color-mix(in srgb, var(--_accent) 10%, transparent);
  }
  [part~='drop-before'] {
    box-shadow: inset 0 2px 0 var(--_accent);
  }
  [part~='drop-after'] {
    box-shadow: inset 0 -2px 0 var(--_accent);
  }
  [part='row-handle'] {
    cursor: grab;
    touch-action: none;
    color: var(--_muted);
  }
  [part='progress-track'] {
    flex: 1;
  }
  [part~='editing'] {
    overflow: visible;
    position: relative;
  }
  [part='editor'] {
    width: 100%;
    min-width: 0;
  }
  [part='editor-error'] {
    position: absolute;
    top: 100%;
    left: 0;
    z-index: 3;
    padding: 2px 6px;
    color: var(--rl-color-accent-contrast, #fff);
    background: var(--_late);
    border-radius: 4px;
    font-size: var(--rl-font-size-small, 12px);
  }
`;
