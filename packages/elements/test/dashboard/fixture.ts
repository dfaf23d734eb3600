import type { ProjectData } from '@roadline/core';
import { sample as analyticsSample } from '../../../core/test/analytics/fixture.js';

/** "Today" of every widget test: Wed 11 March 2026. */
export const TODAY = '2026-03-11';

/**
 * The core analytics sample (hand-computed figures in its doc comment), with notes for the notes
 * widget and a hostile task name that every widget must render as text.
 */
export function sample(): ProjectData {
  const data = analyticsSample();
  return {
    ...data,
    tasks: data.tasks.map((t) => (t.id === 'c' ? { ...t, name: '<img src=x onerror=alert(1)>' } : t)),
    notes: [
      { id: 'n1', text: 'Kick-off went well', author: 'Ada', color: '#2e9e5b', createdAt: '2026-03-02' },
      { id: 'n2', taskId: 'b', text: 'Waiting on API keys', color: '#d93f3f', createdAt: '2026-03-10' },
    ],
  };
}
