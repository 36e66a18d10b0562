// The first pass over a note's body: link spans per line and inline tags, which decide the kind before sections are read.
import { blankRanges, frontmatterTags, parseInlineTags, urlRanges } from "./tags";
import { findLinkSpans, type LinkSpan } from "./wikilinks";

export interface Prescan {
  /** Link spans of each line (undefined for lines without links). */
  linkSpans: (LinkSpan[] | undefined)[];
  tags: string[];
}

export function prescanBody(lines: readonly string[], masked: readonly string[], bodyStart: number, frontmatter: Record<string, unknown> | null): Prescan {
  const linkSpans = new Array<LinkSpan[] | undefined>(lines.length);
  const tagSet = new Set<string>(frontmatterTags(frontmatter));
  for (let i = bodyStart; i < lines.length; i++) {
    const m = masked[i] ?? "";
    const spans = m.includes("[[") ? findLinkSpans(m, lines[i] ?? "") : [];
    if (spans.length > 0) linkSpans[i] = spans;
    if (m.includes("#")) {
      const blanked = blankRanges(m, [...spans, ...urlRanges(m)].sort((a, b) => a.start - b.start));
      for (const t of parseInlineTags(blanked)) tagSet.add(t);
    }
  }
  return { linkSpans, tags: [...tagSet] };
}
