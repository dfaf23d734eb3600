import type { network as en } from '../../en/network.js';
import type { Message } from '../../message.js';

/** Spanish: the dependency network. */
export const network: Readonly<Record<keyof typeof en, Message>> = {
  'network.label': 'Red de dependencias',
  'network.fit': 'Ajustar a la vista',
  'network.zoomIn': 'Acercar',
  'network.zoomOut': 'Alejar',
  'network.overview': 'Vista general de la red',
  'network.empty': 'No hay tareas que mostrar.',
  'network.taskRole': 'tarea',
  'network.milestone': 'Hito',
  'network.summary': 'Resumen',
  'network.critical': 'crítica',
  'network.collapse': 'Contraer {name}',
  'network.duration': 'Duración {duration}',
  'network.slack': 'Holgura {days}',
  'network.lag.minute': '{sign}{count} min',
  'network.lag.hour': '{sign}{count} h',
  'network.lag.day': '{sign}{count} d',
  'network.lag.week': '{sign}{count} sem',
  'network.linking':
    'Vinculando desde {name}. Vaya a otra tarea y pulse Intro para vincular, Escape para cancelar.',
  'network.linkCancelled': 'Vinculación cancelada.',
  'network.linked': '{from} vinculada con {to}.',
  'network.unlinked': 'Se quitó el vínculo de {from} a {to}.',
  'network.edgeSelected': 'Vínculo {type} de {from} a {to} seleccionado. Pulse Suprimir para quitarlo.',
  'network.noSuccessor': 'Sin sucesora.',
  'network.noPredecessor': 'Sin predecesora.',
};
