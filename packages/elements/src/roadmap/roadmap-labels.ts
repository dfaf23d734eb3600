import { translate } from '../i18n/catalogue.js';
import { formatDateLabel, type Project } from '@roadline/core';
import { lastShownDay } from '@roadline/core/views/dates';
import type { Feature, RoadmapModel } from './roadmap-model.js';

/** "2 Mar 2026 – 13 Mar 2026" for a feature's span. */
export function spanText(start: number, end: number, locale?: string): string {
  return translate(locale ?? 'en', 'span.range', {
    start: formatDateLabel(start, locale, false),
    end: formatDateLabel(lastShownDay(end, start), locale, false),
  });
}

/** Everything a screen reader hears about a feature bar, in one sentence. */
export function featureLabel(project: Project, model: RoadmapModel, f: Feature, locale?: string): string {
  const parts = [f.task.name, model.lanes[f.lane]?.label ?? '', spanText(f.facts.start, f.facts.end, locale)];
  const status = f.task.status ? (project.status(f.task.status)?.label ?? f.task.status) : undefined;
  const priority = f.task.priority
    ? (project.priority(f.task.priority)?.label ?? f.task.priority)
    : undefined;
  if (status) parts.push(status);
  if (priority) parts.push(priority);
  parts.push(translate(locale ?? 'en', 'task.done', { percent: Math.round(f.facts.progress) }));
  return parts.filter((p) => p !== '').join('. ');
}

/** What a screen reader hears as a feature is lifted, moved, dropped or put back by keyboard. */
export function describeKeyboardMove(
  what: string,
  lane: string,
  when: string,
  phase: 'lifted' | 'moved' | 'dropped' | 'cancelled' | 'edge',
  locale = 'en',
): string {
  return translate(locale, `roadmap.bar.${phase}`, { name: what, lane, when });
}
