import { addEnglish } from '../english.js';
import type { Message } from '../message.js';

/** English: The roadmap: toolbar, buckets, keyboard moves. */
export const roadmap = {
  'roadmap.label': 'Roadmap',
  'roadmap.features': '{title}: features',
  'roadmap.viewTimeline': 'Timeline',
  'roadmap.viewBuckets': 'Now · Next · Later',
  'roadmap.lanes': 'Lanes',
  'roadmap.laneGroup': 'Theme / team',
  'roadmap.lanePerson': 'Person',
  'roadmap.status': 'Status',
  'roadmap.priority': 'Priority',
  'roadmap.release': 'Release',
  'roadmap.color': 'Color',
  'roadmap.colorLane': 'Lane',
  'roadmap.filter': 'Filter',
  'roadmap.allFeatures': 'All features',
  'roadmap.scale': 'Scale',
  'roadmap.zoomFit': 'Fit',
  'roadmap.zoomMonth': 'Months',
  'roadmap.zoomQuarter': 'Quarters',
  'roadmap.zoomHalf': 'Halves',
  'roadmap.zoom': 'Zoom',
  'roadmap.zoomOut': 'Zoom out',
  'roadmap.zoomIn': 'Zoom in',
  'roadmap.zoomOutKey': 'Zoom out (−)',
  'roadmap.zoomInKey': 'Zoom in (+)',
  'roadmap.dependencies': 'Dependencies',
  'roadmap.exportSvg': 'Export SVG',
  'roadmap.exportPng': 'Export PNG',
  'roadmap.markers': 'Releases and milestones',
  'roadmap.keysReadonly': 'Arrow keys move between features.',
  'roadmap.keysTimeline':
    'Arrow keys move between features. Space lifts a feature to move it; Shift with arrows changes its end.',
  'roadmap.keysBuckets':
    'Arrow keys move between features. Space lifts a feature: left and right arrows then move it to another bucket, up and down through its column and lanes; Space drops it, Escape cancels.',
  'roadmap.lane': 'Lane',
  'roadmap.bucketsCaption': '{title}: now, next, later',
  'roadmap.bucketCount': '{bucket} ({count})',
  'roadmap.bucket.now': 'Now',
  'roadmap.bucket.next': 'Next',
  'roadmap.bucket.later': 'Later',
  'roadmap.bucket.at': '{lane}, {bucket}, position {position} of {count}.',
  'roadmap.bucket.moved': 'Moved {name}: {lane}, {bucket}, position {position} of {count}.',
  'roadmap.bucket.lifted':
    'Lifted {name}: {lane}, {bucket}, position {position} of {count}. Arrows move it, Space drops, Escape cancels.',
  'roadmap.bucket.dropped': 'Dropped {name}: {lane}, {bucket}, position {position} of {count}.',
  'roadmap.bucket.edge': 'No further. {lane}, {bucket}, position {position} of {count}.',
  'roadmap.bar.lifted': 'Lifted {name}. {lane}, starts {when}. Arrows move it, Space drops, Escape cancels.',
  'roadmap.bar.moved': '{lane}, starts {when}.',
  'roadmap.bar.dropped': 'Dropped {name}: {lane}, starts {when}.',
  'roadmap.bar.cancelled': '{name} put back.',
  'roadmap.bar.edge': 'No further. {lane}, starts {when}.',
} satisfies Record<string, Message>;

addEnglish(roadmap);
