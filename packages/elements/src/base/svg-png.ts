/** The largest canvas side and area Chromium and Firefox draw: past them a canvas stays blank. */
const MAX_SIDE = 32_767;
const MAX_AREA = 268_435_456;

/** Rasterizes an SVG document to a PNG at the device pixel ratio. Shared by every element's `exportPNG()`. */
export async function svgToPng(svgText: string): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    // A picture past a canvas's limits (a long board) is scaled down to stay within them.
    const side = Math.max(image.naturalWidth, image.naturalHeight, 1);
    const ratio = Math.min(
      2,
      globalThis.devicePixelRatio || 1,
      MAX_SIDE / side,
      Math.sqrt(MAX_AREA / Math.max(1, image.naturalWidth * image.naturalHeight)),
    );
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(image.naturalWidth * ratio));
    canvas.height = Math.max(1, Math.round(image.naturalHeight * ratio));
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
