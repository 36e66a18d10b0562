// Pending CriticMarkup suggestions ({++ ++}, {-- --}, {~~ ~> ~~}), possibly spanning lines, as column ranges per line.

const OPENERS: Record<string, string> = { "{++": "++}", "{--": "--}", "{~~": "~~}" };

export interface ColumnRange {
  start: number;
  end: number;
}

/** For each line index, the column ranges inside a suggestion (undefined when none); lines are masked text. */
export function suggestionRanges(lines: readonly string[], from = 0): (ColumnRange[] | undefined)[] {
  const out: (ColumnRange[] | undefined)[] = new Array<ColumnRange[] | undefined>(lines.length);
  let closer: string | null = null;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (closer === null && !line.includes("{")) continue;
    const ranges: ColumnRange[] = [];
    let pos = 0;
    while (pos <= line.length) {
      if (closer !== null) {
        const end = line.indexOf(closer, pos);
        if (end === -1) {
          ranges.push({ start: pos, end: line.length });
          break;
        }
        ranges.push({ start: pos, end: end + closer.length });
        pos = end + closer.length;
        closer = null;
        continue;
      }
      const open = line.indexOf("{", pos);
      if (open === -1) break;
      const opener = line.slice(open, open + 3);
      const close = OPENERS[opener];
      if (close !== undefined) {
        closer = close;
        ranges.push({ start: open, end: open + 3 });
        pos = open + 3;
      } else {
        pos = open + 1;
      }
    }
    if (ranges.length > 0) out[i] = ranges;
  }
  return out;
}

/** Walks sorted, non-overlapping ranges with increasing columns in amortised constant time per call. */
export class RangeCursor {
  private at = 0;

  constructor(private readonly ranges: readonly ColumnRange[] | undefined) {}

  /** True when `column` lies in a range; columns must be passed in increasing order. */
  contains(column: number): boolean {
    const ranges = this.ranges;
    if (!ranges) return false;
    while (this.at < ranges.length && (ranges[this.at]?.end ?? 0) <= column) this.at++;
    const r = ranges[this.at];
    return r !== undefined && r.start <= column;
  }
}
