import { addEnglish } from '../english.js';
import type { Message } from '../message.js';

/** English: The portfolio widget. */
export const portfolio = {
  'widget.portfolio': 'Portfolio',
  'widget.noProjects': 'No projects.',
  'portfolio.project': 'Project',
  'portfolio.done': 'Done',
  'portfolio.planned': 'Planned',
  'portfolio.finish': 'Finish',
  'portfolio.overdue': 'Overdue',
  'portfolio.health': 'Health',
  'portfolio.counts': '{onTrack} on track · {atRisk} at risk · {late} late · {percent}% done overall',
  'portfolio.slipLater': '+{count} d',
  'portfolio.slipEarlier': '-{count} d',
} satisfies Record<string, Message>;

addEnglish(portfolio);
