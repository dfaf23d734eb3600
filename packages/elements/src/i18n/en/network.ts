import { addEnglish } from '../english.js';
import type { Message } from '../message.js';

/**
 * English: the dependency network (`rl-network`). Durations use the shared units (`unit.days` …),
 * a link's lag a short unit per `DurationUnit` (`{sign}` is `+` for a positive lag, else empty).
 */
export const network = {
  'network.label': 'Dependency network',
  'network.fit': 'Fit to view',
  'network.zoomIn': 'Zoom in',
  'network.zoomOut': 'Zoom out',
  'network.overview': 'Overview of the network',
  'network.empty': 'No tasks to show.',
  'network.taskRole': 'task',
  'network.milestone': 'Milestone',
  'network.summary': 'Summary',
  'network.critical': 'critical',
  'network.collapse': 'Collapse {name}',
  'network.duration': 'Duration {duration}',
  'network.slack': 'Slack {days}',
  'network.lag.minute': '{sign}{count}m',
  'network.lag.hour': '{sign}{count}h',
  'network.lag.day': '{sign}{count}d',
  'network.lag.week': '{sign}{count}w',
  'network.linking': 'Linking from {name}. Move to another task and press Enter to link, Escape to cancel.',
  'network.linkCancelled': 'Linking cancelled.',
  'network.linked': 'Linked {from} to {to}.',
  'network.unlinked': 'Removed the link from {from} to {to}.',
  'network.edgeSelected': 'Link {type} from {from} to {to} selected. Press Delete to remove it.',
  'network.noSuccessor': 'No successor.',
  'network.noPredecessor': 'No predecessor.',
} satisfies Record<string, Message>;

addEnglish(network);
