/** The largest canvas side and area browsers reliably allocate. */
const MAX_SIDE = 16_384;
const MAX_AREA = 120_000_000;

/**
 * Rasterizes an SVG document to a PNG at the device pixel ratio (at most 2), scaled down when the
 * picture would pass what a canvas can hold. Shared by every element's `exportPNG()`.
 */
export async function svgToPng(svgText: string): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const w = Math.max(1, image.naturalWidth);
    const h = Math.max(1, image.naturalHeight);
    let ratio = Math.min(2, globalThis.devicePixelRatio || 1);
    ratio = Math.min(ratio, MAX_SIDE / w, MAX_SIDE / h, Math.sqrt(MAX_AREA / (w * h)));
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(w * ratio));
    canvas.height = Math.max(1, Math.round(h * ratio));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas context');
    context.scale(ratio, ratio);
    context.drawImage(image, 0, 0);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be encoded'))),
        'image/png',
      );
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}
