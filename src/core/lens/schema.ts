// The Lens format's vocabulary, as its validator defines it: section types, frontmatter keys, segment fields.

export const SEGMENT_TYPES: ReadonlySet<string> = new Set(["text", "chat", "article", "video", "question", "roleplay"]);
export const MODULE_TYPES: ReadonlySet<string> = new Set(["learning outcome", "lens", "submodule"]);
export const OUTCOME_TYPES: ReadonlySet<string> = new Set(["lens", "test", "submodule"]);
export const COURSE_TYPES: ReadonlySet<string> = new Set(["module", "meeting"]);

/** Heading words that are structure, not a heading written inside `content::` (with near misses). */
export const STRUCTURAL_WORDS: readonly string[] = [
  "learning outcome", "lens", "test", "module", "meeting", "article", "video", "text", "chat", "question", "roleplay",
];

/** Fields whose value is Markdown a reader sees, so a heading inside them is likely a mistake. */
export const MARKDOWN_FIELDS: ReadonlySet<string> = new Set(["content", "instructions", "ai-instructions"]);

export interface FrontmatterSchema {
  required: readonly string[];
  optional: readonly string[];
}

export type SchemaKind = "module" | "course" | "lens" | "learning-outcome" | "article" | "video-transcript";

export const FRONTMATTER: Record<SchemaKind, FrontmatterSchema> = {
  module: { required: ["slug", "title"], optional: ["contentId", "id", "discussion", "tags"] },
  course: { required: ["slug", "title"], optional: ["id", "slug-aliases", "tags"] },
  lens: { required: ["id"], optional: ["title", "tldr", "summary_for_tutor", "tags"] },
  "learning-outcome": { required: ["id"], optional: ["discussion", "learning-outcome", "tags"] },
  article: { required: ["title", "author", "source_url", "published"], optional: ["created", "description", "tags", "url"] },
  "video-transcript": { required: ["title", "channel", "url"], optional: ["tags"] },
};

export interface SegmentSchema {
  required: readonly string[];
  optional: readonly string[];
  booleans: readonly string[];
}

export const SEGMENTS: Record<string, SegmentSchema> = {
  text: { required: ["content"], optional: ["optional"], booleans: ["optional"] },
  chat: {
    required: ["instructions"],
    optional: ["optional", "hidePreviousContentFromUser", "hidePreviousContentFromTutor"],
    booleans: ["optional", "hidePreviousContentFromUser", "hidePreviousContentFromTutor"],
  },
  article: { required: [], optional: ["source", "from", "to", "optional"], booleans: ["optional"] },
  video: { required: [], optional: ["source", "from", "to", "optional"], booleans: ["optional"] },
  question: {
    required: ["content"],
    optional: ["assessment-instructions", "max-time", "max-chars", "enforce-voice", "optional", "feedback"],
    booleans: ["enforce-voice", "optional", "feedback"],
  },
  roleplay: {
    required: ["id", "content", "ai-instructions"],
    optional: ["opening-message", "assessment-instructions", "optional", "feedback"],
    booleans: ["optional", "feedback"],
  },
};

/** Every field name the format knows: all frontmatter keys, all segment fields, and the section-level ones. */
export const KNOWN_FIELDS: readonly string[] = [
  ...new Set([
    ...Object.values(FRONTMATTER).flatMap((s) => [...s.required, ...s.optional]),
    ...Object.values(SEGMENTS).flatMap((s) => [...s.required, ...s.optional]),
    "source",
    "learningOutcomeId",
    "sourceUrl",
  ]),
];

export const BOOLEAN_FIELDS: ReadonlySet<string> = new Set(Object.values(SEGMENTS).flatMap((s) => s.booleans));

/** Plain edit distance (short strings only: field names, folder names). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The closest name within `max` edits (case-insensitive), first best in list order; null when none. */
export function closest(name: string, names: readonly string[], max = 2): string | null {
  let best: string | null = null;
  let bestDistance = max + 1;
  for (const candidate of names) {
    const d = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
