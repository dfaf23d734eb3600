import type { network as en } from '../../en/network.js';
import type { Message } from '../../message.js';

/** French: the dependency network. */
export const network: Readonly<Record<keyof typeof en, Message>> = {
  'network.label': 'Réseau des dépendances',
  'network.fit': 'Ajuster à la vue',
  'network.zoomIn': 'Zoom avant',
  'network.zoomOut': 'Zoom arrière',
  'network.overview': 'Vue d’ensemble du réseau',
  'network.empty': 'Aucune tâche à afficher.',
  'network.taskRole': 'tâche',
  'network.milestone': 'Jalon',
  'network.summary': 'Récapitulatif',
  'network.critical': 'critique',
  'network.collapse': 'Replier {name}',
  'network.duration': 'Durée {duration}',
  'network.slack': 'Marge {days}',
  'network.lag.minute': '{sign}{count} min',
  'network.lag.hour': '{sign}{count} h',
  'network.lag.day': '{sign}{count} j',
  'network.lag.week': '{sign}{count} sem.',
  'network.linking':
    'Liaison depuis {name}. Allez sur une autre tâche et appuyez sur Entrée pour lier, Échap pour annuler.',
  'network.linkCancelled': 'Liaison annulée.',
  'network.linked': '{from} lié à {to}.',
  'network.unlinked': 'Lien de {from} vers {to} supprimé.',
  'network.edgeSelected': 'Lien {type} de {from} vers {to} sélectionné. Appuyez sur Suppr pour le supprimer.',
  'network.noSuccessor': 'Aucun successeur.',
  'network.noPredecessor': 'Aucun prédécesseur.',
};
