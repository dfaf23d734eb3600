/** Registers every Roadline element and exports the classes. */
import './define/progress.js';
import './define/board.js';

export * from './classes.js';
