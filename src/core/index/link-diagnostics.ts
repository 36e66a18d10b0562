// Index-level link checks for one note: broken relation/Lens/parent/module links, missing anchors, unresolved body links.
import type { Diagnostic } from "../model";
import { anchorExists, parseAnchor } from "../resolve/anchors";
import type { EdgeRecord } from "./edge-record";
import type { IndexData } from "./index-data";

export interface LinkCheckOptions {
  unresolved: boolean;
  /** Close note names for "did you mean", or none. */
  suggest: (target: string) => string | null;
}

export function linkDiagnostics(data: IndexData, path: string, options: LinkCheckOptions): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const record of data.outgoing(path)) {
    const { edge } = record;
    if (record.nonNote) continue;
    const checked = isChecked(data, record);
    if (edge.to === null) {
      if (checked) {
        const suggestion = options.suggest(edge.target);
        out.push({
          file: path,
          line: edge.line,
          severity: "error",
          code: "broken-link",
          message: `Link target not found: ${edge.target}${suggestion ? ` (did you mean ${suggestion}?)` : ""}`,
        });
      } else if (options.unresolved) {
        out.push({
          file: path,
          line: edge.line,
          severity: "info",
          code: "unresolved-link",
          message: `Unresolved link: ${edge.target}`,
        });
      }
      continue;
    }
    if (!checked || edge.anchor === null) continue;
    const anchor = parseAnchor(edge.anchor);
    const target = data.note(edge.to);
    if (!anchor || !target || anchorExists(target, anchor)) continue;
    out.push({
      file: path,
      line: edge.line,
      severity: "error",
      code: "broken-link",
      message: `${anchor.kind === "block" ? "Block" : "Heading"} not found: ${edge.to}#${edge.anchor}`,
    });
  }
  return out;
}

/** Links whose failure is an error: relation fields, fields in Lens sections, parent fields, a course's `# Module:`. */
function isChecked(data: IndexData, record: EdgeRecord): boolean {
  const relation = record.edge.relation;
  return record.lens || data.isRelation(relation) || data.isParent(relation);
}

/** Edit distance, giving up (returning `cap`) once it cannot be below `cap`. */
export function levenshtein(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) >= cap) return cap;
  if (rowA.length <= b.length) {
    rowA = new Int32Array(b.length + 1);
    rowB = new Int32Array(b.length + 1);
  }
  let previous = rowA;
  let current = rowB;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1));
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin >= cap) return cap;
    const swap = previous;
    previous = current;
    current = swap;
  }
  return previous[b.length]!;
}

/** Two rows reused by every levenshtein call (suggestions compare one target with many names). */
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
