/** Registers every Roadline element and exports the classes. */
import './define/progress.js';

export * from './classes.js';
