// Frontmatter checks of the Lens platform: present and valid YAML, required keys, typos, id type, slugs, tldr length.
import type { ParsedNote } from "../model";
import { FRONTMATTER, closest, type SchemaKind } from "./schema";
import type { LensReport } from "./report";

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The 1-based line of `key:` in the frontmatter, else 2 (the first line inside it). */
export function keyLine(lines: readonly string[], frontmatterLines: number, key: string): number {
  for (let i = 1; i < frontmatterLines - 1; i++) {
    const line = lines[i] ?? "";
    if (line.startsWith(key) && /^\s*:/.test(line.slice(key.length))) return i + 1;
  }
  return 2;
}

export function frontmatterChecks(note: ParsedNote, kind: SchemaKind, lines: readonly string[], report: LensReport): void {
  const fm = note.frontmatter;
  if (!fm) {
    if (!note.diagnostics.some((d) => d.code === "malformed-yaml")) {
      report.error(1, "missing-frontmatter", `Missing frontmatter: a ${kind} note starts with a YAML block between --- lines`);
    }
    return;
  }
  const at = (key: string): number => keyLine(lines, note.frontmatterLines, key);
  const schema = FRONTMATTER[kind];
  const valid = [...schema.required, ...schema.optional];
  for (const key of Object.keys(fm)) {
    if (valid.includes(key)) continue;
    const near = closest(key, valid);
    if (near) report.warn(at(key), "frontmatter-typo", `Unrecognized frontmatter field '${key}' (did you mean '${near}'?)`);
  }
  for (const key of schema.required) {
    const value = fm[key];
    if (value === undefined || value === null) report.error(2, "missing-field", `Missing required field: ${key}`);
    else if (typeof value === "string" && value.trim() === "") report.error(at(key), "missing-field", `Field '${key}' must not be empty`);
  }
  if ((kind === "lens" || kind === "learning-outcome") && fm.id !== undefined && fm.id !== null && typeof fm.id !== "string") {
    report.error(at("id"), "id-not-string", `Field 'id' must be a string, got ${typeof fm.id} (quote it)`);
  }
  if (kind === "module" || kind === "course") slugChecks(fm, kind, at, report);
  if (kind === "lens" && typeof fm.tldr === "string") {
    const words = fm.tldr.trim().split(/\s+/).filter(Boolean).length;
    if (words > 80) report.error(at("tldr"), "tldr-too-long", `tldr exceeds 80 words (has ${words})`);
  }
  if (kind === "article" || kind === "video-transcript") {
    for (const key of kind === "article" ? ["title", "author"] : ["title", "channel"]) {
      const raw = fm[key];
      const values = Array.isArray(raw) ? raw.map(String) : [String(raw)];
      if (values.some((v) => /\[\[.+?\]\]/.test(v))) report.error(at(key), "wikilink-in-title", `Field '${key}' contains a wikilink: use plain text`);
    }
  }
  const idKey = kind === "module" ? (fm.contentId !== undefined ? "contentId" : "id") : "id";
  const id = fm[idKey];
  if ((kind === "module" || kind === "lens" || kind === "learning-outcome") && typeof id === "string" && id.trim() !== "" && !UUID.test(id)) {
    report.error(at(idKey), "invalid-uuid", `Invalid UUID format for ${idKey}: '${id}'`);
  }
}

function slugChecks(fm: Record<string, unknown>, kind: SchemaKind, at: (key: string) => number, report: LensReport): void {
  const check = (slug: string, what: string, key: string): void => {
    const problem = slugProblem(slug);
    if (problem) report.error(at(key), "invalid-slug", `Invalid ${what} format '${slug}': ${problem}`);
  };
  if (typeof fm.slug === "string" && fm.slug.trim() !== "") check(fm.slug, "slug", "slug");
  if (kind !== "course") return;
  for (const alias of slugAliases(fm["slug-aliases"])) check(alias, "slug-alias", "slug-aliases");
}

export function slugProblem(slug: string): string | null {
  if (/[A-Z]/.test(slug)) return `contains uppercase letters (try '${slug.toLowerCase()}')`;
  if (slug.startsWith("-")) return "cannot start with a hyphen";
  if (slug.endsWith("-")) return "cannot end with a hyphen";
  if (!SLUG.test(slug)) return "must contain only lowercase letters, numbers, and hyphens";
  return null;
}

/** `slug-aliases` as a string, a comma list or a YAML list. */
export function slugAliases(raw: unknown): string[] {
  if (Array.isArray(raw)) return raw.map((a) => String(a).trim()).filter(Boolean);
  if (typeof raw === "string") return raw.split(",").map((a) => a.trim()).filter(Boolean);
  return [];
}

export function isUuid(value: string): boolean {
  return UUID.test(value);
}
