// Lens checks across notes: links the platform resolves differently from Obsidian, tiers, excerpt anchors, slugs.
import type { Diagnostic, LensTier, ParsedNote } from "../model";
import { frontmatterBody } from "./excerpts";
import { flattenSteps } from "./flatten-checks";
import { drain, type Steps } from "../steps";
import { keyLine, slugAliases } from "./frontmatter-checks";
import { kindFromPath } from "../parse/kind";
import { splitLines } from "../parse/lines";
import { closest } from "./schema";
import { platformResolve, readPlatformLink, relativeLink } from "./platform-links";
import { lensReferences, type LensReference } from "./references";
import { LensReport } from "./report";
import type { TimestampsReading } from "./timestamps";
import { timestampMarks, timestampsDiagnostics, videoExcerptChecks, type TimestampsVault } from "./video-checks";

export interface LensVault extends TimestampsVault {
  getText(path: string): string | undefined;
  /** A `*.timestamps.json` file as read, when the vault has it. */
  timestampsReading(path: string): TimestampsReading | undefined;
}

/** `resolve`: Obsidian's resolution of a link path from a note (null when it resolves nowhere). */
export function lensVaultDiagnostics(vault: LensVault, resolve: (linkPath: string, from: string) => string | null): Diagnostic[] {
  return drain(lensVaultSteps(vault, resolve));
}

/** lensVaultDiagnostics pausing after each note, so that a caller that must not block (the plugin) runs it in slices. */
export function* lensVaultSteps(vault: LensVault, resolve: (linkPath: string, from: string) => string | null): Steps<Diagnostic[]> {
  const out: Diagnostic[] = [];
  const exists = (path: string): boolean => vault.note(path) !== undefined;
  const moduleStems = new Map<string, string>();
  const readings = new TargetReadings();
  for (const path of vault.notePaths()) {
    if (vault.note(path)?.kind === "module") moduleStems.set(stem(path), path);
  }
  for (const path of vault.notePaths()) {
    const note = vault.note(path);
    if (!note?.lens || note.tier === "ignored") continue;
    const report = new LensReport(path);
    for (const ref of lensReferences(note)) {
      const target = checkReference(note, ref, exists, resolve, moduleStems, report);
      if (target) referenceChecks(vault, readings, note, ref, target, report);
    }
    out.push(...report.list);
    yield;
  }
  out.push(...(yield* flattenSteps(vault, resolve)));
  out.push(...duplicateSlugs(vault));
  yield;
  out.push(...folderNearMisses(vault));
  yield;
  out.push(...timestampsDiagnostics(vault));
  return out;
}

const CONTENT_FOLDERS = ["modules", "courses", "articles", "Lenses", "video_transcripts", "Learning Outcomes"];

/**
 * In a Lens vault (one with notes in the platform's folders), an untagged note whose first folder is a near miss of
 * one (`Lense/`, `module/`) is content the platform will not see.
 */
function folderNearMisses(vault: LensVault): Diagnostic[] {
  const paths = vault.notePaths();
  if (!paths.some((p) => kindFromPath(p) !== null)) return [];
  const out: Diagnostic[] = [];
  for (const path of paths) {
    const note = vault.note(path);
    // A note whose tags give it a kind (a paper in `Sources/`) is not misplaced course content.
    if (kindFromPath(path) !== null || !path.includes("/") || note?.kind !== "other" || note.tier === "ignored") continue;
    const dir = path.split("/")[0] ?? "";
    const near = closest(dir, CONTENT_FOLDERS, Math.min(3, Math.ceil(dir.length * 0.4)));
    if (near && near.toLowerCase() !== dir.toLowerCase()) {
      out.push({ file: path, line: null, severity: "warning", code: "unrecognized-folder", message: `File in directory '${dir}/' not recognized as content (did you mean '${near}/'?)` });
    }
  }
  return out;
}

function stem(path: string): string {
  return (path.split("/").pop() ?? path).replace(/\.md$/i, "");
}

/** The note the platform resolves the reference to, or null (with a `platform-link` error when Obsidian finds one). */
function checkReference(
  note: ParsedNote,
  ref: LensReference,
  exists: (path: string) => boolean,
  resolve: (linkPath: string, from: string) => string | null,
  moduleStems: Map<string, string>,
  report: LensReport,
): string | null {
  const link = readPlatformLink(ref.value);
  if (!link || link.error) return null;
  const found = (!ref.relative || link.path.includes("/")) && platformResolve(link.path, note.path, exists);
  if (found) return found;
  if (ref.label === "module" && moduleStems.has(stem(link.path))) return moduleStems.get(stem(link.path)) ?? null;
  const obsidian = resolve(link.path.replace(/#.*$/, ""), note.path);
  if (obsidian === null) return null;
  const why = ref.relative && !link.path.includes("/") ? "needs a relative path" : "resolves links relative to the note, with exact case, inside the vault";
  report.error(ref.line, "platform-link", `The platform cannot resolve [[${link.path}]] (it ${why}): write [[${relativeLink(obsidian, note.path)}]]`);
  return null;
}

/**
 * What the checks read from an excerpted note's text, worked out once per note and run: a course excerpts the same
 * article many times, and lowering and unwrapping a long article for each excerpt was most of these checks' time.
 */
class TargetReadings {
  private readonly bodies = new Map<string, string>();
  private readonly marks = new Map<string, ReadonlySet<number>>();

  /** The article's body as the platform reads it, lower-cased (anchors are found case-insensitively). */
  lowerBody(path: string, text: string): string {
    let body = this.bodies.get(path);
    if (body === undefined) this.bodies.set(path, (body = frontmatterBody(text).toLowerCase()));
    return body;
  }

  transcriptMarks(path: string, text: string): ReadonlySet<number> {
    let marks = this.marks.get(path);
    if (marks === undefined) this.marks.set(path, (marks = timestampMarks(text)));
    return marks;
  }
}

function referenceChecks(vault: LensVault, readings: TargetReadings, note: ParsedNote, ref: LensReference, path: string, report: LensReport): void {
  const target = vault.note(path);
  if (!target) return;
  const video = ref.label === "video transcript";
  const problem = tierProblem(note.tier, target.tier);
  if (problem) {
    report.error(ref.line, "tier-reference", `References ${problem} ${ref.label}: ${target.path}`);
    // The platform still cuts a video excerpt from a WIP transcript (and reports what is wrong with it).
    if (!video || target.tier === "ignored") return;
  }
  const text = vault.getText(path);
  if (target.tier === "ignored" || text === undefined) return;
  if (video) videoExcerptChecks(ref, () => readings.transcriptMarks(path, text), vault.timestampsReading(path.replace(/\.md$/, ".timestamps.json")), report);
  else if (ref.from !== undefined || ref.to !== undefined) anchorChecks(ref, readings.lowerBody(path, text), report);
}

function tierProblem(parent: LensTier, child: LensTier): string | null {
  if (parent === "production" && child === "wip") return "WIP";
  if (parent !== "ignored" && child === "ignored") return "ignored";
  return null;
}

function occurrences(body: string, anchor: string): number[] {
  const out: number[] = [];
  const needle = anchor.toLowerCase();
  let at = body.indexOf(needle);
  while (at !== -1) {
    out.push(at);
    at = body.indexOf(needle, at + 1);
  }
  return out;
}

function stripQuotes(s: string): string {
  return /^(".*"|'.*')$/s.test(s) ? s.slice(1, -1) : s;
}

/** Anchors are found case-insensitively (`lower` is the lower-cased body), exactly once; the end anchor only after the start anchor. */
function anchorChecks(ref: LensReference, lower: string, report: LensReport): void {
  let searchFrom = 0;
  if (ref.from !== undefined) {
    const from = stripQuotes(ref.from);
    const hits = occurrences(lower, from);
    if (hits.length !== 1) {
      const what = hits.length === 0 ? "not found in article" : `found ${hits.length} times in article: ambiguous`;
      report.error(ref.line, "anchor-not-found", `Start anchor '${from}' ${what}`);
      return;
    }
    searchFrom = hits[0] ?? 0;
  }
  if (ref.to === undefined) return;
  const to = stripQuotes(ref.to);
  const hits = occurrences(lower.slice(searchFrom), to);
  if (hits.length !== 1) {
    const after = ref.from !== undefined ? " after the start anchor" : "";
    const what = hits.length === 0 ? `not found in article${after}` : `found ${hits.length} times${after}: ambiguous`;
    report.error(ref.line, "anchor-not-found", `End anchor '${to}' ${what}`);
  }
}

/** Module slugs must be unique; course aliases must not collide with another course slug or alias. */
function duplicateSlugs(vault: LensVault): Diagnostic[] {
  const out: Diagnostic[] = [];
  const modules = new Map<string, string>();
  const courses = new Map<string, string>();
  const ordered = vault.notePaths().map((p) => vault.note(p)).filter((n): n is ParsedNote => !!n && n.tier !== "ignored");
  for (const note of ordered) {
    const slug = note.frontmatter?.slug;
    if (typeof slug !== "string" || slug === "") continue;
    if (note.kind === "module") {
      const first = modules.get(slug);
      if (first) out.push(slugDiagnostic(vault, note, "slug", `Duplicate slug '${slug}': also defined in ${first}`));
      else modules.set(slug, note.path);
    } else if (note.kind === "course" && !courses.has(slug)) courses.set(slug, note.path);
  }
  for (const note of ordered) {
    if (note.kind !== "course") continue;
    for (const alias of slugAliases(note.frontmatter?.["slug-aliases"])) {
      const first = courses.get(alias);
      if (first === undefined) courses.set(alias, note.path);
      else {
        const d = slugDiagnostic(vault, note, "slug-aliases", `Course slug alias '${alias}' collides with ${first === note.path ? "its own primary slug" : `slug in ${first}`}`);
        if (note.tier === "wip") d.severity = "warning";
        out.push(d);
      }
    }
  }
  return out;
}

function slugDiagnostic(vault: LensVault, note: ParsedNote, key: string, message: string): Diagnostic {
  const line = keyLine(splitLines(vault.getText(note.path) ?? ""), note.frontmatterLines, key);
  return { file: note.path, line, severity: "error", code: "duplicate-slug", message };
}
