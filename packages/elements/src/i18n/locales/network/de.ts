import type { network as en } from '../../en/network.js';
import type { Message } from '../../message.js';

/** German: the dependency network. */
export const network: Readonly<Record<keyof typeof en, Message>> = {
  'network.label': 'Netzplan',
  'network.fit': 'Einpassen',
  'network.zoomIn': 'Vergrößern',
  'network.zoomOut': 'Verkleinern',
  'network.overview': 'Übersicht des Netzplans',
  'network.empty': 'Keine Vorgänge vorhanden.',
  'network.taskRole': 'Vorgang',
  'network.milestone': 'Meilenstein',
  'network.summary': 'Sammelvorgang',
  'network.critical': 'kritisch',
  'network.collapse': '{name} zuklappen',
  'network.duration': 'Dauer {duration}',
  'network.slack': 'Puffer {days}',
  'network.lag.minute': '{sign}{count} Min.',
  'network.lag.hour': '{sign}{count} Std.',
  'network.lag.day': '{sign}{count} T',
  'network.lag.week': '{sign}{count} W',
  'network.linking':
    'Verknüpfung ab {name}. Zu einem anderen Vorgang wechseln und Enter drücken, um zu verknüpfen, Escape bricht ab.',
  'network.linkCancelled': 'Verknüpfen abgebrochen.',
  'network.linked': '{from} mit {to} verknüpft.',
  'network.unlinked': 'Verknüpfung von {from} zu {to} entfernt.',
  'network.edgeSelected': 'Verknüpfung {type} von {from} zu {to} ausgewählt. Entf entfernt sie.',
  'network.noSuccessor': 'Kein Nachfolger.',
  'network.noPredecessor': 'Kein Vorgänger.',
};
