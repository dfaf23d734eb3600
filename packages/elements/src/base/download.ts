/** Saves a blob as a file the browser downloads, named from `name` (unsafe characters replaced). */
export function downloadBlob(blob: Blob, name: string, extension: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `${name.replace(/[^\p{L}\p{N}._-]+/gu, '-') || 'project'}.${extension}`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The file name {@link downloadBlob} gives `name` and `extension`, for a host told the name first. */
export function downloadName(name: string, extension: string): string {
  return `${name.replace(/[^\p{L}\p{N}._-]+/gu, '-') || 'project'}.${extension}`;
}
