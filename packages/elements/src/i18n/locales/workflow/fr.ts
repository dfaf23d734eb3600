import type { workflow as en } from '../../en/workflow.js';
import type { Message } from '../../message.js';

/** French: the status flow (`rl-workflow`). */
export const workflow: Readonly<Record<keyof typeof en, Message>> = {
  'workflow.label': 'Flux de travail',
  'workflow.items': { one: '{count} élément', other: '{count} éléments' },
  'workflow.ofLimit': '{count} sur {limit}',
  'workflow.overLimit': 'au-delà de sa limite WIP de {limit}',
  'workflow.age': 'attente moy. {days} j',
  'workflow.bottleneck': 'Goulet',
  'workflow.transitions': 'Transitions',
  'workflow.transition': '{from} vers {to} : {count}',
  'workflow.back': '{from} retour vers {to} : {count}',
  'workflow.filtered': 'Seul {status} est affiché.',
  'workflow.unfiltered': 'Tous les statuts sont affichés.',
  'workflow.empty': 'Aucun statut à afficher.',
};
