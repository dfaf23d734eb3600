import { addEnglish } from '../english.js';
import type { Message } from '../message.js';

/** English: The burndown and burnup widget. */
export const burndown = {
  'widget.burndown': 'Burndown',
  'widget.burnup': 'Burnup',
  'widget.noProject': 'No project.',
  'burn.upSummary':
    'Completed work in hours. Scope {scope} hours. Today {today} hours; the plan expected {expected}. Forecast at {day}: {forecast} hours.',
  'burn.upSummaryBaseline':
    'Completed work in hours. Scope {scope} hours. Today {today} hours; the baseline expected {expected}. Forecast at {day}: {forecast} hours.',
  'burn.downSummary':
    'Remaining work in hours. Scope {scope} hours. Today {today} hours; the plan expected {expected}. Forecast at {day}: {forecast} hours.',
  'burn.downSummaryBaseline':
    'Remaining work in hours. Scope {scope} hours. Today {today} hours; the baseline expected {expected}. Forecast at {day}: {forecast} hours.',
  'burn.baseline': 'Baseline',
  'burn.plan': 'Plan',
  'burn.actual': 'Actual',
  'burn.forecast': 'Forecast',
} satisfies Record<string, Message>;

addEnglish(burndown);
