/**
 * The sweep both over-allocation reports share: given the moments a person's units start and stop
 * (`[instant, +units]` and `[instant, −units]`), the maximal stretches in which the running sum
 * exceeds `capacity`, each with its peak. Ends sort before starts at one instant, so back-to-back
 * work does not overlap; all changes at one instant apply together. Sorts `events` in place.
 */
export interface OverloadStretch {
  from: number;
  to: number;
  peak: number;
}

export function overloadStretches(events: [number, number][], capacity: number): OverloadStretch[] {
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: OverloadStretch[] = [];
  let sum = 0;
  let from = 0;
  let peak = 0;
  for (let k = 0; k < events.length; ) {
    const at = (events[k] as [number, number])[0];
    const before = sum;
    while (k < events.length && (events[k] as [number, number])[0] === at)
      sum += (events[k++] as [number, number])[1];
    // Units are percents with a few decimals: keep float noise from opening a stretch.
    sum = Math.round(sum * 1e6) / 1e6;
    const wasOver = before > capacity;
    const isOver = sum > capacity;
    if (!wasOver && isOver) {
      from = at;
      peak = sum;
    } else if (wasOver && isOver) peak = Math.max(peak, sum);
    else if (wasOver && !isOver) out.push({ from, to: at, peak });
  }
  return out;
}
