import '../i18n/en/resources.js';
import type { Project } from '@roadline/core';
import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Translate } from '../i18n/catalogue.js';

/** What the leveling commands need of the Gantt. */
export interface LevelingHost extends ReactiveControllerHost {
  readonly readonly: boolean;
}

/**
 * The toolbar's "Level" and "Clear leveling": `project.level()` (the solver loads on first use,
 * so it is async; the button is busy meanwhile and the rest of the toolbar stays usable) and
 * `project.clearLeveling()`, each one undo step (none when there is nothing to clear: the button does
 * not scan the tasks to know, so a 100k-task chart renders no slower). What happened is said in a
 * live region.
 */
export class LevelingTools {
  private busy = false;
  private said = '';

  private readonly host: LevelingHost;

  constructor(host: LevelingHost) {
    this.host = host;
  }

  render(project: Project | undefined, t: Translate): TemplateResult {
    const editable = !this.host.readonly && project !== undefined;
    return html`<span class="tool-group">
      <button type="button" part="tool level" aria-busy=${this.busy ? 'true' : 'false'} ?disabled=${!editable || this.busy}
        @click=${() => this.level(project, t)}>${this.busy ? t('resources.leveling') : t('resources.level')}</button>
      <button type="button" part="tool clear-leveling" ?disabled=${!editable || this.busy}
        @click=${() => this.clear(project, t)}>${t('resources.clearLeveling')}</button>
      <span class="visually-hidden" role="status">${this.said}</span>
    </span>`;
  }

  private async level(project: Project | undefined, t: Translate): Promise<void> {
    if (!project || this.busy || this.host.readonly) return;
    this.busy = true;
    this.said = t('resources.leveling');
    this.host.requestUpdate();
    try {
      await project.level();
      const count = project.tasks().filter((task) => (task.levelingDelay ?? 0) > 0).length;
      this.said = t('resources.leveled', { count });
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  private clear(project: Project | undefined, t: Translate): void {
    if (!project || this.busy || this.host.readonly) return;
    project.clearLeveling();
    this.said = t('resources.levelingCleared');
    this.host.requestUpdate();
  }
}
