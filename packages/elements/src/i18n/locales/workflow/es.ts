import type { workflow as en } from '../../en/workflow.js';
import type { Message } from '../../message.js';

/** Spanish: the status flow (`rl-workflow`). */
export const workflow: Readonly<Record<keyof typeof en, Message>> = {
  'workflow.label': 'Flujo de trabajo',
  'workflow.items': { one: '{count} elemento', other: '{count} elementos' },
  'workflow.ofLimit': '{count} de {limit}',
  'workflow.overLimit': 'por encima de su límite WIP de {limit}',
  'workflow.age': 'espera media {days} d',
  'workflow.bottleneck': 'Cuello de botella',
  'workflow.transitions': 'Transiciones',
  'workflow.transition': '{from} a {to}: {count}',
  'workflow.back': '{from} de vuelta a {to}: {count}',
  'workflow.filtered': 'Solo se muestra {status}.',
  'workflow.unfiltered': 'Se muestran todos los estados.',
  'workflow.empty': 'No hay estados que mostrar.',
};
