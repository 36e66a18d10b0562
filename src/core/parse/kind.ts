// A note's kind: from its tags first (settings.kindTags), else from the Lens folder layout of its path.
import type { MosaicSettings, NoteKind } from "../model";

/** When several kinds' tags match, the first in this order wins. */
export const KIND_PRIORITY: readonly Exclude<NoteKind, "other">[] = [
  "problem",
  "module",
  "learning-outcome",
  "lens",
  "course",
  "source",
];

export const LENS_KINDS: readonly NoteKind[] = ["course", "module", "learning-outcome", "lens"];

export function isLensKind(kind: NoteKind): boolean {
  return LENS_KINDS.includes(kind);
}

export function kindFromTags(tags: readonly string[], settings: MosaicSettings): NoteKind | null {
  const have = tags.map((t) => t.toLowerCase());
  for (const kind of KIND_PRIORITY) {
    const names = (settings.kindTags[kind] ?? []).map((n) => n.toLowerCase().replace(/^#/, ""));
    // A nested tag counts for its prefix: `#problem/agents` makes a problem.
    if (have.some((t) => names.some((n) => t === n || t.startsWith(`${n}/`)))) return kind;
  }
  return null;
}

/** The Lens folder rule (first match wins): top-level modules/ and courses/, then any-depth folders. */
export function kindFromPath(path: string): NoteKind | null {
  const segments = path.replace(/\\/g, "/").replace(/^\.?\//, "").split("/");
  const folders = segments.slice(0, -1);
  if (folders[0] === "modules") return "module";
  if (folders[0] === "courses") return "course";
  if (folders.includes("Learning Outcomes")) return "learning-outcome";
  if (folders.includes("Lenses")) return "lens";
  if (folders.includes("articles") || folders.includes("video_transcripts")) return "source";
  return null;
}

export function noteKind(path: string, tags: readonly string[], settings: MosaicSettings): NoteKind {
  return kindFromTags(tags, settings) ?? kindFromPath(path) ?? "other";
}
