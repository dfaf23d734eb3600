/** Smallest and largest zoom of {@link NetworkCamera}. */
export const MIN_SCALE = 0.02;
export const MAX_SCALE = 2.5;

/**
 * Pan and zoom of the network: a layout point `(x, y)` shows at screen `(x · scale + tx, y · scale
 * + ty)` inside the viewport. Pure numbers; the element re-renders when `version` moves.
 */
export class NetworkCamera {
  tx = 24;
  ty = 24;
  scale = 1;
  /** Bumped on every change, for `guard`s and the minimap. */
  version = 0;

  /** Moves the picture by a screen distance. */
  panBy(dx: number, dy: number): void {
    if (dx === 0 && dy === 0) return;
    this.tx += dx;
    this.ty += dy;
    this.version++;
  }

  /** Zooms by `factor` keeping the layout point under screen `(px, py)` in place. */
  zoomAt(factor: number, px: number, py: number): void {
    const next = Math.min(MAX_SCALE, Math.max(MIN_SCALE, this.scale * factor));
    if (next === this.scale) return;
    const k = next / this.scale;
    this.tx = px - (px - this.tx) * k;
    this.ty = py - (py - this.ty) * k;
    this.scale = next;
    this.version++;
  }

  /** Shows the box whole and centred in a viewport of the given size, never above 100 %. */
  fit(box: { x: number; y: number; width: number; height: number }, width: number, height: number): void {
    if (width <= 0 || height <= 0) return;
    const scale = Math.min(
      1,
      Math.max(MIN_SCALE, Math.min(width / Math.max(1, box.width), height / Math.max(1, box.height))),
    );
    this.scale = scale;
    this.tx = (width - box.width * scale) / 2 - box.x * scale;
    this.ty = (height - box.height * scale) / 2 - box.y * scale;
    this.version++;
  }

  /** Centres the layout point in the viewport. */
  centerOn(x: number, y: number, width: number, height: number): void {
    this.tx = width / 2 - x * this.scale;
    this.ty = height / 2 - y * this.scale;
    this.version++;
  }

  /** Pans the least so the box is inside the viewport with a margin. */
  reveal(
    box: { x: number; y: number; width: number; height: number },
    width: number,
    height: number,
    margin = 32,
  ): void {
    const left = box.x * this.scale + this.tx;
    const top = box.y * this.scale + this.ty;
    const right = left + box.width * this.scale;
    const bottom = top + box.height * this.scale;
    let dx = 0;
    let dy = 0;
    if (left < margin) dx = margin - left;
    else if (right > width - margin) dx = Math.max(margin - left, width - margin - right);
    if (top < margin) dy = margin - top;
    else if (bottom > height - margin) dy = Math.max(margin - top, height - margin - bottom);
    this.panBy(dx, dy);
  }

  /** The layout rectangle the viewport shows: `[x0, y0, x1, y1]`. */
  visible(width: number, height: number): [number, number, number, number] {
    return [
      -this.tx / this.scale,
      -this.ty / this.scale,
      (width - this.tx) / this.scale,
      (height - this.ty) / this.scale,
    ];
  }
}
