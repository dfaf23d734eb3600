import { expect } from '@open-wc/testing';
import { createProject } from '@roadline/core';
import { resetMouse } from '@web/test-runner-commands';
import type { RlTimeline } from '../../src/classes.js';
import { cleanup, expectAccessible, litWarnings } from '../helpers.js';
import { bar, data, mountTimeline, root } from './fixtures.js';

function marker(el: RlTimeline, late = false): SVGPathElement[] {
  return [...root(el).querySelectorAll<SVGPathElement>('path[part~="deadline"]')].filter(
    (p) => p.part.contains('late') === late,
  );
}

describe('rl-timeline deadlines and manual tasks', () => {
  const warnings = litWarnings();
  beforeEach(() => warnings.start());
  afterEach(async () => {
    cleanup();
    await resetMouse();
    expect(warnings.stop()).to.deep.equal([]);
  });

  it('marks a deadline at the end of its day, and a task that ends after it as late', async () => {
    const project = createProject({
      ...data,
      tasks: data.tasks.map((t) =>
        t.id === 'a' ? { ...t, deadline: '2026-03-09' } : t.id === 'b' ? { ...t, deadline: '2026-03-11' } : t,
      ),
    });
    const el = await mountTimeline(project);
    // Design ends Fri 6 Mar, before its deadline (Mon 9 Mar); Build ends Fri 13 Mar, after Wed 11.
    const [onTime] = marker(el);
    const [late] = marker(el, true);
    expect(onTime, 'an on-time marker').to.exist;
    expect(late, 'a late marker').to.exist;
    expect(bar(el, 'a').part.contains('late')).to.equal(false);
    expect(bar(el, 'b').part.contains('late')).to.equal(true);
    // The marker's tip sits at 00:00 after the deadline's day: Design's bar starts Mon 2 Mar, so
    // Tue 10 Mar 00:00 is eight days (36 px each at day zoom) after the bar's left edge.
    const left = (bar(el, 'a').querySelector('.track') as SVGRectElement).getBoundingClientRect().left;
    const tip = (onTime as SVGPathElement).getBoundingClientRect();
    expect(Math.round(tip.left + tip.width / 2 - left)).to.equal(8 * 36);
    expect(bar(el, 'b').getAttribute('aria-label')).to.contain('deadline Wed, 11 Mar 2026, late');
    expect(bar(el, 'a').getAttribute('aria-label'))
      .to.contain('deadline Mon, 9 Mar 2026')
      .and.not.contain('late');
    // Moving the deadline later clears the late mark.
    project.updateTask('b', { deadline: '2026-03-20' });
    await el.updateComplete;
    expect(bar(el, 'b').part.contains('late')).to.equal(false);
    expect(marker(el, true)).to.have.length(0);
    await expectAccessible(el);
  });

  it('draws a manually scheduled task distinctly and says so', async () => {
    const project = createProject({
      ...data,
      tasks: data.tasks.map((t) => (t.id === 'c' ? { ...t, manual: true, start: '2026-03-16' } : t)),
    });
    const el = await mountTimeline(project);
    expect(bar(el, 'c').part.contains('manual')).to.equal(true);
    expect(bar(el, 'a').part.contains('manual')).to.equal(false);
    const track = bar(el, 'c').querySelector('.track') as SVGRectElement;
    expect(getComputedStyle(track).strokeDasharray).to.not.equal('none');
    expect(bar(el, 'c').getAttribute('aria-label')).to.contain('manually scheduled');
  });
});
