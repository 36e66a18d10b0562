// The lines of one question in `mosaic tree`: its mark and wrapped text, counts and badges, then the notes addressing it.
import type { AddressRef, TreeNode } from "../../core/model";
import { visibleLength, type Paint } from "./colour";
import { escapeControls, oneLine } from "./terminal-text";
import { wrapWithSuffix } from "./wrap";

export const ADDRESSED_MARK = "●";
export const GAP_MARK = "○";
export const NOTE_MARK = "↳";

/** Text narrower than this is not worth wrapping to: deep lines on a narrow terminal run over instead. */
const MIN_TEXT_WIDTH = 20;

/** Relations in the order the notes are listed, strongest first; other fields follow by name, plain links last. */
const RELATION_ORDER = ["answers", "addresses", "informs", "source"];

export interface QuestionLayout {
  /** Tree lines before the mark (`│   ├── `). */
  lead: string;
  /** Tree lines before continuation lines and notes, as wide as `lead` plus the mark and its space. */
  gutter: string;
  /** Questions hidden below this one by `--depth`. */
  hidden: number;
  /** Wrap text to this total width; one line per question when absent. */
  columns?: number;
  notes: boolean;
}

export function questionLines(node: TreeNode, layout: QuestionLayout, paint: Paint): string[] {
  const mark = node.addressedCount > 0 ? paint("green", ADDRESSED_MARK) : paint("red", GAP_MARK);
  const status = node.status ? `  ${paint("yellow", `{${escapeControls(node.status)}}`)}` : "";
  const more = layout.hidden > 0 ? `  ${paint("dim", `(+${layout.hidden} below)`)}` : "";
  const suffix = `${status}  ${paint("cyan", `[${node.addressedCount}]`)}${more}`;
  const room = layout.columns === undefined ? Infinity : Math.max(MIN_TEXT_WIDTH, layout.columns - visibleLength(layout.gutter));
  const text = wrapWithSuffix(oneLine(node.text) || "(untitled)", suffix, room);
  const lines = text.map((line, i) => `${paint("dim", i === 0 ? layout.lead : layout.gutter)}${i === 0 ? `${mark} ` : ""}${line}`);
  if (!layout.notes) return lines;
  for (const ref of orderedRefs(node.addressedBy)) {
    const noteText = wrapWithSuffix(`${oneLine(ref.title) || "(untitled)"} [${escapeControls(ref.relation)}]`, "", room - 2);
    noteText.forEach((line, i) => lines.push(`${paint("dim", layout.gutter)}${i === 0 ? paint("dim", NOTE_MARK) : " "} ${line}`));
  }
  return lines;
}

function relationRank(relation: string): number {
  const at = RELATION_ORDER.indexOf(relation);
  if (at >= 0) return at;
  return relation === "link" ? RELATION_ORDER.length + 1 : RELATION_ORDER.length;
}

/** Each note once per relation, by relation (strongest first), then title. */
export function orderedRefs(refs: readonly AddressRef[]): AddressRef[] {
  const seen = new Set<string>();
  const unique = refs.filter((ref) => {
    const key = `${ref.path}\u0000${ref.relation}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique.sort(
    (a, b) =>
      relationRank(a.relation) - relationRank(b.relation) ||
      a.relation.localeCompare(b.relation) ||
      a.title.localeCompare(b.title) ||
      a.path.localeCompare(b.path),
  );
}
