import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { barBand, barGeometry, barZone } from '../../../src/views/timeline/bars.js';
import { timeScale } from '../../../src/views/timeline/time-scale.js';
import { toWallMinutes as t } from '../../../src/time/wall-time.js';

const scale = timeScale('day', t('2026-03-01'), t('2026-04-01'));

describe('bar geometry', () => {
  it('spans start to exclusive end with a progress fill', () => {
    // Mon 2 Mar – Fri 6 Mar (end exclusive Sat 7 Mar): 5 days at 36 px.
    const bar = barGeometry(scale, 'task', t('2026-03-02'), t('2026-03-07'), 40);
    assert.deepEqual(bar, { shape: 'task', x: 36, width: 180, progressWidth: 72, startX: 36, endX: 216 });
  });

  it('clamps progress and keeps a minimum width', () => {
    assert.equal(barGeometry(scale, 'task', t('2026-03-02'), t('2026-03-07'), 250).progressWidth, 180);
    assert.equal(barGeometry(scale, 'task', t('2026-03-02'), t('2026-03-07'), -5).progressWidth, 0);
    assert.equal(barGeometry(scale, 'task', t('2026-03-02'), t('2026-03-07'), Number.NaN).progressWidth, 0);
    const tiny = barGeometry(scale, 'task', t('2026-03-02'), t('2026-03-02T00:10'), 0, { minWidth: 3 });
    assert.equal(tiny.width, 3);
    const inverted = barGeometry(scale, 'task', t('2026-03-05'), t('2026-03-02'));
    assert.equal(inverted.x, 144);
    assert.equal(inverted.width, 2);
  });

  it('centres a milestone diamond on its instant', () => {
    const m = barGeometry(scale, 'milestone', t('2026-03-03'), t('2026-03-03'), 0, { milestoneSize: 14 });
    assert.deepEqual(m, { shape: 'milestone', x: 65, width: 14, progressWidth: 0, startX: 72, endX: 72 });
  });

  it('insets bars in their row, summaries thinner', () => {
    assert.deepEqual(barBand(2, 32, 'task'), { y: 71, height: 18 });
    assert.deepEqual(barBand(0, 32, 'summary'), { y: 11, height: 10 });
  });
});

describe('bar zones', () => {
  const bar = barGeometry(scale, 'task', t('2026-03-02'), t('2026-03-07'), 50); // x 36..216, fill to 126

  it('finds connectors, handles and body', () => {
    assert.equal(barZone(bar, 25, false), 'link-start');
    assert.equal(barZone(bar, 20, false), undefined);
    assert.equal(barZone(bar, 230, false), 'link-end');
    assert.equal(barZone(bar, 38, false), 'resize-start');
    assert.equal(barZone(bar, 214, false), 'resize-end');
    assert.equal(barZone(bar, 100, false), 'move');
    assert.equal(barZone(bar, 128, true), 'progress');
    assert.equal(barZone(bar, 128, false), 'move');
    assert.equal(barZone(bar, 0, false), undefined);
    assert.equal(barZone(bar, 300, false), undefined);
  });

  it('keeps a body on narrow bars and only moves milestones', () => {
    const narrow = barGeometry(scale, 'task', t('2026-03-02'), t('2026-03-02T06:00')); // 9 px wide
    assert.equal(barZone(narrow, 36 + 4.5, false), 'move');
    const m = barGeometry(scale, 'milestone', t('2026-03-03'), t('2026-03-03'));
    assert.equal(barZone(m, 67, false), 'move');
    assert.equal(barZone(m, 80, false), 'link-end');
  });
});
