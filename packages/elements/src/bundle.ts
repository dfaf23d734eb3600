/**
 * The script-tag bundle: registers every element and exposes the core API and the element
 * classes, as `window.Roadline` in the IIFE build.
 */
import './index.js';

export * from '@roadline/core';
export * from './classes.js';
