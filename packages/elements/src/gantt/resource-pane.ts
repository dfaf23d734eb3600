import type { Project } from '@roadline/core';
import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import type { RlTimeScrollEvent, TimeAxis } from '../events/time-scroll-event.js';

/** The resource views a gantt can show under its timeline. */
export type GanttResourcePane = 'histogram' | 'usage';

/** What `rl-gantt` needs of a resource view (which may not be registered on the page). */
interface ResourceView extends HTMLElement {
  syncAxis?(axis: TimeAxis): void;
}

/** The gantt's side of its resource pane. */
export interface ResourcePaneHost extends ReactiveControllerHost, HTMLElement {
  resourcePane: GanttResourcePane | undefined;
  readonly gridWidth: number;
  readonly zoom: string;
  readonly locale: string | undefined;
  readonly readonly: boolean;
  readonly today: string | undefined;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** The splitter's width between grid and timeline (`gantt.styles.ts`). */
const SPLITTER = 6;

/**
 * The resource pane of `rl-gantt` (`resource-pane="histogram"` or `"usage"`): the resource view
 * under both panes, its names column as wide as the grid (and the splitter) so its time columns
 * stand under the timeline's, drawn on the timeline's axis: every `rl-time-scroll` of the
 * timeline goes to the view's `syncAxis` in the same frame, so it scrolls and zooms with it. The
 * view's element must be registered (`@roadline/elements/define/resource-histogram`, `…/resource-usage`,
 * or the whole `@roadline/elements`); the gantt does not load it.
 */
export class ResourcePaneController implements ReactiveController {
  private axis: TimeAxis | undefined;
  private readonly host: ResourcePaneHost;

  constructor(host: ResourcePaneHost) {
    this.host = host;
    host.addController(this);
  }

  hostUpdated(): void {
    // A pane that appeared (or was swapped) after the timeline announced its axis.
    if (this.axis) this.view()?.syncAxis?.(this.axis);
  }

  /** The timeline's `rl-time-scroll`: the pane follows at once. */
  readonly onTimeScroll = (event: RlTimeScrollEvent): void => {
    this.axis = event.detail;
    this.view()?.syncAxis?.(event.detail);
  };

  render(project: Project | undefined): TemplateResult | typeof nothing {
    const host = this.host;
    const width = host.gridWidth + SPLITTER;
    if (host.resourcePane === 'histogram')
      return html`<rl-resource-histogram part="resource-pane" class="resource-pane" .project=${project} .zoom=${host.zoom}
        .locale=${host.locale} .today=${host.today} .nameWidth=${width}></rl-resource-histogram>`;
    if (host.resourcePane === 'usage')
      return html`<rl-resource-usage part="resource-pane" class="resource-pane" .project=${project} .zoom=${host.zoom}
        .locale=${host.locale} .today=${host.today} .readonly=${host.readonly} .nameWidth=${width}></rl-resource-usage>`;
    return nothing;
  }

  private view(): ResourceView | null {
    return this.host.renderRoot.querySelector<ResourceView>('.resource-pane');
  }
}
