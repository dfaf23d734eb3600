/** ISO 8601 durations as MSPDI writes them (`PT8H0M0S`), in minutes of working time. */

const ISO_DURATION =
  /^(-)?P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/**
 * Parses `PT8H0M0S`, `PT0.5H`, `P1DT2H` (a day part counts 24 hours, as ISO 8601 says) into
 * minutes, rounded to whole minutes. Returns `undefined` for anything else, including years,
 * months and weeks, whose length MSPDI never defines.
 */
export function parseIsoDuration(text: string): number | undefined {
  const m = ISO_DURATION.exec(text);
  if (!m || text === 'P' || text === 'PT' || text.endsWith('T')) return undefined;
  const days = Number(m[2] ?? 0);
  const hours = Number(m[3] ?? 0);
  const minutes = Number(m[4] ?? 0);
  const seconds = Number(m[5] ?? 0);
  const total = Math.round(days * 1440 + hours * 60 + minutes + seconds / 60);
  if (!Number.isFinite(total) || Math.abs(total) > Number.MAX_SAFE_INTEGER) return undefined;
  return m[1] ? -total : total;
}

/** Formats minutes as MSPDI does: `PT{hours}H{minutes}M0S`. */
export function formatIsoDuration(minutes: number): string {
  const sign = minutes < 0 ? '-' : '';
  const abs = Math.abs(Math.round(minutes));
  return `${sign}PT${Math.floor(abs / 60)}H${abs % 60}M0S`;
}
