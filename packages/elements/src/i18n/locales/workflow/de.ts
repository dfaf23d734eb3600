import type { workflow as en } from '../../en/workflow.js';
import type { Message } from '../../message.js';

/** German: the status flow (`rl-workflow`). */
export const workflow: Readonly<Record<keyof typeof en, Message>> = {
  'workflow.label': 'Arbeitsablauf',
  'workflow.items': { one: '{count} Eintrag', other: '{count} Einträge' },
  'workflow.ofLimit': '{count} von {limit}',
  'workflow.overLimit': 'über dem WIP-Limit von {limit}',
  'workflow.age': 'Ø {days} T Wartezeit',
  'workflow.bottleneck': 'Engpass',
  'workflow.transitions': 'Übergänge',
  'workflow.transition': '{from} nach {to}: {count}',
  'workflow.back': '{from} zurück nach {to}: {count}',
  'workflow.filtered': 'Nur {status} wird angezeigt.',
  'workflow.unfiltered': 'Alle Status werden angezeigt.',
  'workflow.empty': 'Keine Status vorhanden.',
};
