import type { cumulativeFlow as en } from '../../en/cumulative-flow.js';
import type { Message } from '../../message.js';

/** French: the cumulative-flow widget. */
export const cumulativeFlow: Readonly<Record<keyof typeof en, Message>> = {
  'widget.cumulativeFlow': 'Flux cumulé',
  'flow.summary': 'Éléments par statut chaque jour du {from} au {to}. Aujourd’hui : {today}.',
  'flow.day': 'Jour',
};
