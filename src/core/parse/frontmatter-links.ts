// Links in frontmatter relation and parent keys (`parent: "[[P#^q]]"`, `up: [[P]]`), read like the inline fields.
import type { WikiLink } from "../model";
import { normalizeKey } from "./fields";
import { parseLinkText } from "./wikilinks";

/** The strings a YAML value holds: `[[X]]` written bare in YAML is a nested list `[["X"]]`, read back as a link. */
function linkTexts(value: unknown, depth = 0): string[] {
  if (typeof value === "string") {
    const found = [...value.matchAll(/\[\[([^\]]+)\]\]/g)].map((m) => m[1] ?? "");
    return found.length > 0 || depth < 2 ? found : [value];
  }
  if (!Array.isArray(value) || depth > 2) return [];
  // A bare `[[X]]` parses as [["X"]]: the inner single string is the link text.
  if (depth === 1 && value.length === 1 && typeof value[0] === "string" && !value[0].includes("[[")) return [value[0]];
  return value.flatMap((v) => linkTexts(v, depth + 1));
}

function keyLine(lines: readonly string[], rawKey: string, end: number): number {
  for (let i = 1; i < end; i++) {
    const line = lines[i] ?? "";
    if (line.startsWith(rawKey) && /^\s*:/.test(line.slice(rawKey.length))) return i + 1;
  }
  return 1;
}

/**
 * Links under the frontmatter keys named in `keys` (normalised as field keys), one WikiLink per link with the key as
 * its field and the key's line; the line as written is the context.
 */
export function frontmatterLinks(
  frontmatter: Record<string, unknown> | null,
  lines: readonly string[],
  frontmatterLines: number,
  keys: ReadonlySet<string>,
): WikiLink[] {
  if (!frontmatter) return [];
  const links: WikiLink[] = [];
  for (const [rawKey, value] of Object.entries(frontmatter)) {
    const key = normalizeKey(rawKey);
    if (!keys.has(key)) continue;
    const line = keyLine(lines, rawKey, frontmatterLines);
    const context = (lines[line - 1] ?? "").trim();
    for (const inner of linkTexts(value)) {
      const parts = parseLinkText(inner);
      if (parts.path === "" && parts.subpath === null) continue;
      links.push({ raw: `[[${inner}]]`, ...parts, embed: false, line, column: 0, context, field: key, section: null });
    }
  }
  return links;
}
