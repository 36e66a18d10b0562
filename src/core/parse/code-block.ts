// Reads the body of a ```mosaic code block: `tree:`, `coverage:` and `outcomes:` lines, plus an optional `depth:`.
import { parseLinkReference } from "./wikilinks";

export type BlockDirective =
  | { kind: "tree"; link: string }
  | { kind: "coverage"; link: string | null }
  | { kind: "outcomes"; link: string };

export interface BlockSpec {
  directives: BlockDirective[];
  /** Tree rows deeper than this start collapsed; null: the sidebar's defaults. */
  depth: number | null;
  /** Lines that could not be read, with why; shown inline, never thrown. */
  errors: string[];
}

export const USAGE = "write `tree: [[Problem]]`, `coverage: [[Problem]]`, `coverage: all` or `outcomes: [[Module]]`";

const LINE = /^([A-Za-z]+)\s*::?\s*(.*)$/;

/** The link inside `[[...]]` with its subpath (alias dropped), or the bare text when written without brackets. */
export function linkPathOf(value: string): string | null {
  const { path, subpath } = parseLinkReference(value);
  if (path === "") return null;
  return subpath === null ? path : `${path}#${subpath}`;
}

export function parseBlock(source: string): BlockSpec {
  const spec: BlockSpec = { directives: [], depth: null, errors: [] };
  for (const raw of source.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === "" || line.startsWith("%%") || line.startsWith("//")) continue;
    const m = LINE.exec(line);
    const key = m?.[1]?.toLowerCase();
    const value = (m?.[2] ?? "").trim();
    switch (key) {
      case "tree":
      case "outcomes": {
        const link = linkPathOf(value);
        if (link === null) spec.errors.push(`\`${key}:\` needs a note, e.g. \`${key}: [[${key === "tree" ? "Problem" : "Module"}]]\``);
        else spec.directives.push({ kind: key, link });
        break;
      }
      case "coverage": {
        if (value.toLowerCase() === "all" || value === "") spec.directives.push({ kind: "coverage", link: null });
        else {
          const link = linkPathOf(value);
          spec.directives.push({ kind: "coverage", link });
        }
        break;
      }
      case "depth": {
        const n = Number(value);
        if (Number.isInteger(n) && n >= 1) spec.depth = n;
        else spec.errors.push(`\`depth:\` takes a whole number from 1, not “${value}”`);
        break;
      }
      default:
        spec.errors.push(`unknown line “${line.length > 60 ? `${line.slice(0, 59)}…` : line}”: ${USAGE}`);
    }
  }
  if (spec.directives.length === 0 && spec.errors.length === 0) spec.errors.push(`empty block: ${USAGE}`);
  return spec;
}
