// Wikilinks inside a Text segment's `content::`, resolved as the platform turns them into lens cards and lens links.
import type { LensSection, ParsedNote } from "../model";
import { platformTarget, relativeLink } from "./platform-links";
import type { LensReport } from "./report";
import { lastFields } from "./segment-checks";

// The platform's own patterns: cards first, then links that are neither embeds nor cards.
const CARD_LINK = /::card\[\[([^\]|]+)(?:\|([^\]]+))?\]\]/g;
const LINK = /\[\[([^\]|]+)(?:\|([^\]]+))?\]\]/g;

/** The platform's `(?<!!)(?<!::card)[[…]]` (no lookbehind here: iOS before 16.4 cannot parse it): index and path. */
export function inlineLinks(text: string): { index: number; path: string }[] {
  const out: { index: number; path: string }[] = [];
  const re = new RegExp(LINK.source, "g");
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (text.charAt(m.index - 1) === "!" || text.slice(Math.max(0, m.index - 6), m.index) === "::card") {
      // As a lookbehind would, try again one character on.
      re.lastIndex = m.index + 1;
      continue;
    }
    out.push({ index: m.index, path: (m[1] ?? "").trim() });
  }
  return out;
}

export interface TextLinkVault {
  note(path: string): ParsedNote | undefined;
  /** A file the platform reads (a note or a `*.timestamps.json`). */
  exists(path: string): boolean;
  /** Obsidian's resolution of a link path from a note, or null. */
  resolve(linkPath: string, from: string): string | null;
}

/** The platform's lookup from `file`: the path joined to the note's folder (a trailing `/` kept), else with `.md`. */
function find(linkPath: string, file: string, vault: TextLinkVault): string | null {
  const joined = platformTarget(linkPath, file);
  const target = linkPath.endsWith("/") && joined !== "" ? `${joined}/` : joined;
  if (vault.exists(target)) return target;
  return vault.exists(`${target}.md`) ? `${target}.md` : null;
}

function lineOf(value: string, index: number, valueLine: number): number {
  let line = valueLine;
  for (let i = 0; i < index; i++) if (value.charCodeAt(i) === 10) line++;
  return line;
}

/** What to write instead, when Obsidian finds the note the platform does not. */
function hint(linkPath: string, file: string, vault: TextLinkVault): string {
  const obsidian = vault.resolve(linkPath.replace(/#.*$/, ""), file);
  return obsidian ? ` (the platform resolves it relative to this note: write [[${relativeLink(obsidian, file)}]])` : "";
}

/** The platform's warnings on the links of one Text segment written in `file` (a lens, a module or an outcome). */
export function textLinkChecks(segment: LensSection, file: string, vault: TextLinkVault, report: LensReport): void {
  const content = lastFields(segment).get("content");
  if (!content || content.value === "") return;
  const value = content.value;
  const at = (index: number): number => lineOf(value, index, content.valueLine);
  // A card the platform finds becomes HTML before links are read: blank it out, keeping every offset.
  const withoutCards = value.replace(CARD_LINK, (whole: string, raw: string, ...rest: unknown[]) => {
    const path = raw.trim();
    if (find(path, file, vault) !== null) return whole.replace(/[^\n]/g, " ");
    report.warn(at(rest[1] as number), "broken-card-link", `Card link target not found: ${path}${hint(path, file, vault)}`);
    return whole;
  });
  for (const { index, path } of inlineLinks(withoutCards)) {
    const found = find(path, file, vault);
    const line = at(index);
    if (found === null) {
      report.warn(line, "broken-text-link", `Wikilink target not found: ${path}${hint(path, file, vault)}`);
      continue;
    }
    const lower = found.toLowerCase();
    if (lower.includes("modules/") || !lower.includes("lenses/")) continue;
    if (!vault.note(found)?.frontmatter?.id) {
      report.warn(line, "lens-link-without-id", `Lens has no id in frontmatter: ${path} (the platform links a lens by its id; the link stays plain text)`);
    }
  }
}
