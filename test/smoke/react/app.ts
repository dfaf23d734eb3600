/** A React page built with Vite, as a host app would, using the generated wrappers. */
import type { ProjectData } from '@roadline/core';
import { RlProgress } from '@roadline/react';
import { createElement, Fragment } from 'react';
import { createRoot } from 'react-dom/client';

const data: ProjectData = {
  id: 'p',
  name: 'From React',
  tasks: [
    { id: 'a', name: 'A', duration: 1, progress: 100 },
    { id: 'b', name: 'B', duration: 1, progress: 0 },
  ],
};
const invalid = { ...data, tasks: [{ id: 'x', name: 'X', progress: -5 }] };
const errors: string[] = [];
(window as unknown as { reactErrors: string[] }).reactErrors = errors;

const root = document.getElementById('root');
if (!root) throw new Error('no #root');
createRoot(root).render(
  createElement(
    Fragment,
    null,
    createElement(RlProgress, { id: 'ok', data }),
    createElement(RlProgress, {
      id: 'bad',
      data: invalid,
      onRlError: (e) => errors.push(e.detail.error.code),
    }),
  ),
);
