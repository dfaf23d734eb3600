import type { Project } from '@roadline/core';
import { LABEL_AFTER, type RoadmapHeaderCell, roadmapHeader } from '@roadline/core/views/roadmap';
import { arrowHead, barBand, barGeometry, routeArrow, xOf } from '@roadline/core/views/timeline';
import type { RoadmapModel } from './roadmap-model.js';

/** The resolved theme colors an export paints with (a file cannot read CSS custom properties). */
export interface ExportColors {
  readonly surface: string;
  readonly raised: string;
  readonly text: string;
  readonly muted: string;
  readonly border: string;
  readonly accent: string;
  readonly today: string;
}

/** One drawing instruction; both the SVG and the canvas writer read the same list. */
export type Shape =
  | { k: 'rect'; x: number; y: number; w: number; h: number; fill: string; stroke?: string; rx?: number }
  | { k: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: string; dash?: boolean }
  | { k: 'text'; x: number; y: number; text: string; fill: string; size: number; bold?: boolean }
  | { k: 'path'; points: number[]; stroke: string }
  | { k: 'poly'; points: string; fill: string };

/** A whole picture: its size and what to draw, back to front. */
export interface Scene {
  readonly width: number;
  readonly height: number;
  readonly title: string;
  readonly shapes: Shape[];
}

/** What a scene is drawn from. */
export interface SceneInput {
  readonly model: RoadmapModel;
  readonly header: readonly [RoadmapHeaderCell[], RoadmapHeaderCell[]];
  readonly colors: ExportColors;
  readonly title: string;
  readonly today: number;
  readonly showDependencies: boolean;
  readonly links: readonly { from: string; to: string; type: 'FS' | 'SS' | 'FF' | 'SF' }[];
}

const LABELS = 180;
/** The axis's two rows; marker labels go in the rows under them (see the model's `headerHeight`). */
const AXIS = 48;

/** Cuts a label to about what fits in `width` px at 12 px type (exports have no text measuring). */
function fit(text: string, width: number): string {
  return cut(text, Math.floor((width - 12) / 6.5));
}

/** `text`, or its first characters and an ellipsis in `chars` characters. */
function cut(text: string, chars: number): string {
  if (chars <= 1) return '';
  return text.length <= chars ? text : `${text.slice(0, chars - 1)}…`;
}

/** The whole roadmap (every lane and feature, not only the scrolled-to window) as shapes. */
export function buildScene(input: SceneInput): Scene {
  const { model, colors } = input;
  const { rows, scale, rowHeight, markerLabels, labels } = model;
  const HEADER = model.headerHeight;
  const width = LABELS + model.width;
  const height = HEADER + rows.height;
  const shapes: Shape[] = [{ k: 'rect', x: 0, y: 0, w: width, h: height, fill: colors.surface }];
  const [top, bottom] = input.header;
  top.forEach((c) => {
    const x = LABELS + Math.max(0, xOf(scale, c.start));
    shapes.push({ k: 'line', x1: x, y1: 0, x2: x, y2: 24, stroke: colors.border });
    shapes.push({ k: 'text', x: x + 6, y: 17, text: c.label, fill: colors.text, size: 12, bold: true });
  });
  bottom.forEach((c) => {
    const x = LABELS + xOf(scale, c.start);
    shapes.push({ k: 'line', x1: x, y1: 24, x2: x, y2: height, stroke: colors.border });
    shapes.push({ k: 'text', x: x + 6, y: 41, text: c.label, fill: colors.muted, size: 12 });
  });
  shapes.push({ k: 'line', x1: 0, y1: AXIS, x2: width, y2: AXIS, stroke: colors.border });
  shapes.push({ k: 'line', x1: 0, y1: HEADER, x2: width, y2: HEADER, stroke: colors.border });
  model.lanes.forEach((lane, i) => {
    const y = HEADER + (rows.laneTop[i] as number);
    const h = rows.laneHeight[i] as number;
    if (i % 2 === 1) shapes.push({ k: 'rect', x: 0, y, w: width, h, fill: colors.raised });
    shapes.push({ k: 'line', x1: 0, y1: y + h, x2: width, y2: y + h, stroke: colors.border });
    if (lane.color) shapes.push({ k: 'rect', x: 0, y, w: 4, h, fill: lane.color });
    shapes.push({
      k: 'text',
      x: 12,
      y: y + 19,
      text: fit(lane.label, LABELS),
      fill: colors.text,
      size: 12,
      bold: true,
    });
  });
  // Marker lines, their labels in the rows the model laid them out in, and `+N` badges.
  model.markers.forEach((m, i) => {
    const x = LABELS + xOf(scale, m.at);
    const release = m.kind === 'release';
    const stroke = release ? colors.accent : colors.muted;
    shapes.push({ k: 'line', x1: x, y1: AXIS, x2: x, y2: height, stroke, dash: !release });
    const row = markerLabels.row[i] as number;
    if (row < 0) return;
    const text = release ? `◆ ${m.label}` : m.label;
    const y = AXIS + 14 + row * 14;
    shapes.push({ k: 'text', x: LABELS + (markerLabels.left[i] as number), y, text, fill: stroke, size: 11 });
  });
  for (const b of markerLabels.badges) {
    const y = AXIS + 3 + b.row * 14;
    const x = LABELS + b.left;
    const w = b.right - b.left;
    shapes.push({ k: 'rect', x, y, w, h: 13, fill: colors.surface, stroke: colors.accent, rx: 3 });
    shapes.push({
      k: 'text',
      x: x + 4,
      y: y + 11,
      text: `+${b.members.length}`,
      fill: colors.accent,
      size: 11,
      bold: true,
    });
  }
  const todayX = LABELS + xOf(scale, input.today);
  shapes.push({ k: 'line', x1: todayX, y1: 24, x2: todayX, y2: height, stroke: colors.today });
  model.features.forEach((f, i) => {
    const y = rows.y[i] as number;
    if (!Number.isFinite(y)) return;
    const bar = barGeometry(scale, 'task', f.facts.start, f.facts.end, f.facts.progress, { minWidth: 8 });
    const band = barBand(0, rowHeight, 'task');
    const color = f.color ?? colors.accent;
    const x = LABELS + bar.x;
    const by = HEADER + y + band.y;
    shapes.push({
      k: 'rect',
      x,
      y: by,
      w: bar.width,
      h: band.height,
      fill: colors.raised,
      stroke: color,
      rx: 4,
    });
    shapes.push({ k: 'rect', x, y: by, w: 4, h: band.height, fill: color });
    if (bar.progressWidth > 0) {
      shapes.push({ k: 'rect', x, y: by + band.height - 3, w: bar.progressWidth, h: 3, fill: color });
    }
    // The name where the view puts it: inside, or after the bar's end; cut as the view cuts it.
    const name = f.task.name;
    const room = labels.width[i] as number;
    const full = model.nameWidth[i] as number;
    const label =
      labels.truncated[i] === 1 ? cut(name, Math.floor((name.length * room) / Math.max(1, full))) : name;
    if (label)
      shapes.push({
        k: 'text',
        x: labels.place[i] === LABEL_AFTER ? x + bar.width + 6 : x + 12,
        y: by + band.height / 2 + 4,
        text: label,
        fill: colors.text,
        size: 12,
      });
  });
  if (input.showDependencies) {
    for (const link of input.links) {
      const a = model.byId.get(link.from);
      const b = model.byId.get(link.to);
      if (a === undefined || b === undefined) continue;
      const ends = [a, b].map((i) => {
        const f = model.features[i];
        const y = rows.y[i] as number;
        if (!f || !Number.isFinite(y)) return undefined;
        const bar = barGeometry(scale, 'task', f.facts.start, f.facts.end, 0, { minWidth: 8 });
        return {
          row: y / rowHeight,
          startX: bar.startX,
          endX: bar.endX,
          left: bar.x,
          right: bar.x + bar.width,
        };
      });
      const [from, to] = ends;
      if (!from || !to) continue;
      const route = routeArrow(link.type, from, to, { rowHeight });
      const points = route.points.map((v, k) => (k % 2 === 0 ? v + LABELS : v + HEADER));
      shapes.push({ k: 'path', points, stroke: colors.muted });
      shapes.push({
        k: 'poly',
        points: arrowHead({ points, direction: route.direction }),
        fill: colors.muted,
      });
    }
  }
  return { width, height, title: input.title, shapes };
}

const XML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => XML[c] ?? c);
}

const r2 = (n: number): number => Math.round(n * 100) / 100;

/**
 * The scene as a standalone SVG file: presentation attributes only (no `style` attribute, no
 * script), every user string escaped, colors already resolved.
 */
export function sceneToSvg(scene: Scene): string {
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${r2(scene.width)}" height="${r2(scene.height)}" viewBox="0 0 ${r2(scene.width)} ${r2(scene.height)}" font-family="system-ui, sans-serif">`,
    `<title>${esc(scene.title)}</title>`,
  ];
  for (const s of scene.shapes) {
    switch (s.k) {
      case 'rect':
        out.push(
          `<rect x="${r2(s.x)}" y="${r2(s.y)}" width="${r2(s.w)}" height="${r2(s.h)}" fill="${esc(s.fill)}"${s.stroke ? ` stroke="${esc(s.stroke)}"` : ''}${s.rx ? ` rx="${s.rx}"` : ''}/>`,
        );
        break;
      case 'line':
        out.push(
          `<line x1="${r2(s.x1)}" y1="${r2(s.y1)}" x2="${r2(s.x2)}" y2="${r2(s.y2)}" stroke="${esc(s.stroke)}"${s.dash ? ' stroke-dasharray="4 3"' : ''}/>`,
        );
        break;
      case 'text':
        out.push(
          `<text x="${r2(s.x)}" y="${r2(s.y)}" fill="${esc(s.fill)}" font-size="${s.size}"${s.bold ? ' font-weight="600"' : ''}>${esc(s.text)}</text>`,
        );
        break;
      case 'path': {
        const p = s.points;
        let d = `M${r2(p[0] ?? 0)} ${r2(p[1] ?? 0)}`;
        for (let i = 2; i < p.length; i += 2) d += `L${r2(p[i] ?? 0)} ${r2(p[i + 1] ?? 0)}`;
        out.push(`<path d="${d}" fill="none" stroke="${esc(s.stroke)}"/>`);
        break;
      }
      case 'poly':
        out.push(`<polygon points="${esc(s.points)}" fill="${esc(s.fill)}"/>`);
        break;
    }
  }
  out.push('</svg>');
  return out.join('\n');
}

/**
 * Paints the scene on a 2D canvas context at `scale`. Painting directly (rather than loading the
 * SVG into an `Image`) needs no `blob:` or `data:` image source, so it works under a strict CSP.
 */
export function paintScene(ctx: CanvasRenderingContext2D, scene: Scene, scale = 1): void {
  ctx.save();
  ctx.scale(scale, scale);
  ctx.lineWidth = 1;
  for (const s of scene.shapes) {
    switch (s.k) {
      case 'rect':
        ctx.fillStyle = s.fill;
        ctx.beginPath();
        if (s.rx) ctx.roundRect(s.x, s.y, s.w, s.h, s.rx);
        else ctx.rect(s.x, s.y, s.w, s.h);
        ctx.fill();
        if (s.stroke) {
          ctx.strokeStyle = s.stroke;
          ctx.stroke();
        }
        break;
      case 'line':
        ctx.strokeStyle = s.stroke;
        ctx.setLineDash(s.dash ? [4, 3] : []);
        ctx.beginPath();
        ctx.moveTo(s.x1, s.y1);
        ctx.lineTo(s.x2, s.y2);
        ctx.stroke();
        ctx.setLineDash([]);
        break;
      case 'text':
        ctx.fillStyle = s.fill;
        ctx.font = `${s.bold ? '600 ' : ''}${s.size}px system-ui, sans-serif`;
        ctx.fillText(s.text, s.x, s.y);
        break;
      case 'path': {
        const p = s.points;
        ctx.strokeStyle = s.stroke;
        ctx.beginPath();
        ctx.moveTo(p[0] ?? 0, p[1] ?? 0);
        for (let i = 2; i < p.length; i += 2) ctx.lineTo(p[i] ?? 0, p[i + 1] ?? 0);
        ctx.stroke();
        break;
      }
      case 'poly': {
        const pts = s.points.split(' ').map((pair) => pair.split(',').map(Number));
        ctx.fillStyle = s.fill;
        ctx.beginPath();
        pts.forEach(([x = 0, y = 0], i) => {
          if (i === 0) ctx.moveTo(x, y);
          else ctx.lineTo(x, y);
        });
        ctx.closePath();
        ctx.fill();
        break;
      }
    }
  }
  ctx.restore();
}

/** The scene as a PNG blob, `scale` device pixels per CSS pixel (canvas size limits apply). */
export async function sceneToPng(scene: Scene, scale = 2): Promise<Blob> {
  const max = 16384;
  const s = Math.max(0.1, Math.min(scale, max / scene.width, max / scene.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(scene.width * s);
  canvas.height = Math.ceil(scene.height * s);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('No 2D canvas context for the PNG export');
  paintScene(ctx, scene, s);
  return new Promise<Blob>((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG export failed'))), 'image/png');
  });
}

/** The theme's colors as the element resolves them, for a file that has no style sheet. */
export function exportColors(element: Element): ExportColors {
  const cs = getComputedStyle(element);
  const read = (name: string, fallback: string) => cs.getPropertyValue(name).trim() || fallback;
  return {
    surface: read('--_surface', '#ffffff'),
    raised: read('--_raised', '#f6f7f9'),
    text: read('--_text', '#1d2330'),
    muted: read('--_muted', '#5b6475'),
    border: read('--_border', '#d9dde5'),
    accent: read('--_accent', '#2f6fed'),
    today: read('--_today', '#d93f3f'),
  };
}

/** The scene of a roadmap element as it is shown: its model, the header in its language and its theme's colors. */
export function roadmapScene(
  element: Element,
  project: Project,
  model: RoadmapModel,
  options: { locale: string; title: string; today: number; showDependencies: boolean },
): Scene {
  return buildScene({
    model,
    header: roadmapHeader(model.level, model.scale.start, model.scale.end, options.locale),
    colors: exportColors(element),
    title: options.title,
    today: options.today,
    showDependencies: options.showDependencies,
    links: project.dependencies().map((d) => ({ from: d.from, to: d.to, type: d.type ?? 'FS' })),
  });
}
