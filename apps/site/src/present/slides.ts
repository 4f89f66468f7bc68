/**
 * Presentation mode's pure parts: which top-level content blocks form which slide, and the
 * `?slide=N` URL parameter (1-based; slide 1 is the title slide, then one slide per h2).
 */

/** A slide as a half-open range [start, end) of top-level content blocks. */
export interface SlideRange {
  start: number;
  end: number;
}

/**
 * Groups top-level blocks into slides. `startsSection[i]` is true when block i is (or wraps)
 * an h2. Blocks before the first h2 belong to the title slide (index 0), which always exists.
 * @example slideRanges([false, true, false, true]) // [{ start: 0, end: 1 }, { start: 1, end: 3 }, { start: 3, end: 4 }]
 */
export function slideRanges(startsSection: readonly boolean[]): SlideRange[] {
  const ranges: SlideRange[] = [{ start: 0, end: 0 }];
  startsSection.forEach((starts, i) => {
    const last = ranges[ranges.length - 1] as SlideRange;
    if (starts) ranges.push({ start: i, end: i + 1 });
    else last.end = i + 1;
  });
  return ranges;
}

/** The result of reading `?slide=` from a URL. */
export interface SlideParam {
  /** 1-based slide number to show, always within 1..count. */
  slide: number;
  /** A sentence for the reader when the parameter was invalid or out of range. */
  notice?: string;
}

/**
 * Validates the `slide` URL parameter against the number of slides. Missing → 1. Anything but
 * a whole number → 1 with a notice; out of range → clamped with a notice. Never throws.
 * @example parseSlideParam('99', 12) // { slide: 12, notice: 'There is no slide 99; showing the last slide, 12.' }
 */
export function parseSlideParam(raw: string | null, count: number): SlideParam {
  const total = Math.max(1, Math.floor(count));
  if (raw === null || raw === '') return { slide: 1 };
  const shown = raw.length > 20 ? `${raw.slice(0, 20)}…` : raw;
  if (!/^\s*[+-]?\d{1,9}\s*$/.test(raw)) {
    return { slide: 1, notice: `“${shown}” is not a slide number, so the first slide is shown.` };
  }
  const n = Number.parseInt(raw, 10);
  if (n < 1) return { slide: 1, notice: `There is no slide ${n}; showing the first slide.` };
  if (n > total) return { slide: total, notice: `There is no slide ${n}; showing the last slide, ${total}.` };
  return { slide: n };
}

/** The slide to show after a key press, or null when the key is not a navigation key. */
export function slideAfterKey(key: string, current: number, count: number): number | null {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
      return Math.min(count, current + 1);
    case 'ArrowLeft':
    case 'PageUp':
      return Math.max(1, current - 1);
    case 'Home':
      return 1;
    case 'End':
      return count;
    default:
      return null;
  }
}
