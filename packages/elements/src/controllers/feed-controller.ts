import type { AutomationEvent, Project } from '@roadline/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Follows a store's automation events (new notifications, reads, rule runs): re-renders the host
 * on each and hands each event to `onEvent`. Resubscribes when the host's store changes.
 */
export class FeedController implements ReactiveController {
  private project: Project | undefined;
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onEvent: (event: AutomationEvent) => void,
  ) {
    host.addController(this);
  }

  /** Follows `project` (call on every update; a no-op while it stays the same). */
  follow(project: Project | undefined): void {
    if (project === this.project) return;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.project = project;
    if (project === undefined) return;
    this.unsubscribe = project.subscribeAutomation((event) => {
      this.onEvent(event);
      this.host.requestUpdate();
    });
  }

  hostConnected(): void {
    const project = this.project;
    this.project = undefined;
    this.follow(project);
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }
}
