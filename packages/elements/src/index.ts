/** Registers every Roadline element and exports the classes. */
import './define/progress.js';
import './define/board.js';
import './define/timeline.js';
import './define/gantt.js';
import './define/roadmap.js';
import './define/dashboard.js';
import './define/notifications.js';

export * from './classes.js';
