import { expect, waitUntil } from '@open-wc/testing';
import { createProject } from '@roadline/core';
import { html } from 'lit';
import '../../src/define/board.js';
import '../../src/define/dashboard.js';
import type { RlBoard, RlDashboard } from '../../src/classes.js';
import { boardData } from '../board/fixtures.js';
import { sample, TODAY } from '../dashboard/fixture.js';
import { cleanup, mount } from '../helpers.js';

function parse(svgText: string): Element {
  return new DOMParser().parseFromString(svgText, 'image/svg+xml').documentElement;
}

const texts = (doc: Element) => [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');

async function pngSize(blob: Blob): Promise<{ width: number; height: number }> {
  expect(blob.type).to.equal('image/png');
  const image = await createImageBitmap(blob);
  return { width: image.width, height: image.height };
}

/** rl-board and rl-dashboard as images: what is on screen, drawn without foreignObject. */
describe('board and dashboard export', () => {
  afterEach(() => cleanup());

  it('the kanban exports its columns and cards as SVG and PNG', async () => {
    const el = await mount<RlBoard>(
      html`<rl-board style="width: 900px" .data=${boardData()} today="2026-03-11" locale="en-GB"></rl-board>`,
    );
    await el.updateComplete;
    const doc = parse(el.exportSVG());
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.querySelector('foreignObject')).to.equal(null);
    expect(texts(doc)).to.include.members(['To do', 'Doing', 'Done', 'Design login']);
    // Cards and columns are boxes.
    expect(doc.querySelectorAll('rect').length).to.be.greaterThan(5);
    const box = el.getBoundingClientRect();
    expect(Number(doc.getAttribute('width'))).to.equal(Math.ceil(box.width));
    const ratio = Math.min(2, globalThis.devicePixelRatio || 1);
    expect((await pngSize(await el.exportPNG())).width).to.equal(Math.round(Math.ceil(box.width) * ratio));
  });

  it('the table exports its headers and rows', async () => {
    const el = await mount<RlBoard>(
      html`<rl-board view="table" style="width: 900px" .data=${boardData()} today="2026-03-11" locale="en-GB"></rl-board>`,
    );
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    const doc = parse(el.exportSVG());
    expect(doc.querySelector('foreignObject')).to.equal(null);
    expect(texts(doc)).to.include('Design login');
    expect(texts(doc)).to.include.members(['Item', 'Status']);
  });

  it('the dashboard exports its widgets, charts included, as SVG and PNG', async () => {
    const el = await mount<RlDashboard>(
      html`<rl-dashboard style="width: 900px" .project=${createProject(sample())} today=${TODAY} locale="en-GB"></rl-dashboard>`,
    );
    await waitUntil(() => el.shadowRoot?.querySelector('rl-status-chart, rl-progress, rl-kpi') !== null);
    await new Promise((r) => setTimeout(r, 100));
    const doc = parse(el.exportSVG());
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.querySelector('foreignObject')).to.equal(null);
    // Charts are copied in with their styles written onto them.
    const charts = doc.querySelectorAll(':scope > svg');
    expect(charts.length).to.be.greaterThan(0);
    expect(charts[0]?.querySelector('[class]')).to.equal(null);
    expect(texts(doc).length).to.be.greaterThan(10);
    const { width } = await pngSize(await el.exportPNG());
    expect(width).to.be.greaterThan(0);
  });
});
