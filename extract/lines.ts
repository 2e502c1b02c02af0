// Line and cell positions of a text, built once, so that per-date lookups (which line, which cell, the line's end)
// cost a binary search instead of a scan: a page of 10^5 dates on one line stays linear.

/** The index of the last element of `sorted` that is ≤ `x` (−1 when none is). */
function floorIndex(sorted: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= x) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export class LineIndex {
  /** starts[i] is the offset where line i begins. */
  private readonly starts: number[] = [0];
  /** Offsets of every tab, in order. */
  private readonly tabs: number[] = [];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 9) this.tabs.push(i);
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** The line holding offset `at`. */
  lineOf(at: number): number {
    return Math.max(0, floorIndex(this.starts, at));
  }

  start(line: number): number {
    return this.starts[line] ?? this.text.length;
  }

  /** Where the line ends (its \n, or the end of the text). */
  end(line: number): number {
    const next = this.starts[line + 1];
    return next === undefined ? this.text.length : next - 1;
  }

  /** Tabs in [from, to). */
  tabsBetween(from: number, to: number): number {
    return floorIndex(this.tabs, to - 1) - floorIndex(this.tabs, from - 1);
  }

  /** Whether the line holds a tab (a table row or a row of boxes). */
  hasTab(line: number): boolean {
    return this.tabsBetween(this.start(line), this.end(line)) > 0;
  }

  /** The first tab at or after `from`, before `to` (−1 when none). */
  nextTab(from: number, to: number): number {
    const i = floorIndex(this.tabs, from - 1) + 1;
    const t = this.tabs[i];
    return t !== undefined && t < to ? t : -1;
  }

  /** The last tab before `at` and at or after `from` (−1 when none). */
  prevTab(at: number, from: number): number {
    const t = this.tabs[floorIndex(this.tabs, at - 1)];
    return t !== undefined && t >= from ? t : -1;
  }
}
