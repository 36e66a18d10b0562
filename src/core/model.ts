// The plain data every layer shares: parsed notes, links, fields, sections, outlines, edges, trees, diagnostics.

export type NoteKind = "problem" | "module" | "learning-outcome" | "lens" | "course" | "source" | "other";

export type { Diagnostic, DiagnosticCode, Severity } from "./diagnostic";
import type { Diagnostic } from "./diagnostic";

/** A wikilink or embed exactly as written, split into its parts. */
export interface WikiLink {
  /** The whole link as written, e.g. `![[../X#Intro|Label]]`. */
  raw: string;
  /** The link path without subpath or alias, e.g. `../X` (may be empty for `[[#Heading]]`). */
  path: string;
  /** The part after `#`, without the `#`: a heading (`Intro`) or a block ref (`^q-1`); null when absent. */
  subpath: string | null;
  alias: string | null;
  embed: boolean;
  /** 1-based line and 0-based column of the link's first character. */
  line: number;
  column: number;
  /** The sentence around the link (at most 240 characters, cut at words with `…`), without list marker or block id. */
  context: string;
  /** Normalised key of the inline field whose value holds this link, or null for a plain body link. */
  field: string | null;
  /** Index into ParsedNote.sections of the innermost Lens section holding the link, or null. */
  section: number | null;
}

export type FieldForm = "line" | "bracket" | "paren" | "block";

/** An inline field, in any of Dataview's forms or as a Lens block field. */
export interface Field {
  /** Dataview-normalised key: trimmed, formatting stripped, lower case, runs of spaces to `-`. */
  key: string;
  /** The key as written. */
  rawKey: string;
  /** The value as written, trimmed; block fields hold their owned lines joined with `\n`. */
  value: string;
  links: WikiLink[];
  /** 1-based line of the `key::`. */
  line: number;
  form: FieldForm;
  /** The 1-based line of the list item the field sits in, or null outside lists. */
  listItemLine: number | null;
  /** Index into ParsedNote.sections of the innermost Lens section holding the field, or null. */
  section: number | null;
}

/**
 * A Lens section or segment: a heading `# Type: title` in a course, module, learning-outcome or lens note.
 * Sections are flat in ParsedNote.sections, in document order; `parent` nests them (a segment inside an inline
 * lens, a lens inside a submodule).
 */
export interface Section {
  /** Normalised type: the text before the first `:`, lower case, spaces to `-` (`learning-outcome`, `lens`, `text`...). */
  type: string;
  /** Text after the first `:`, trimmed (may hold a wikilink, as in a course's `# Module: [[x]]`). */
  title: string;
  level: number;
  line: number;
  parent: number | null;
  /** Fields whose line lies in this section (before any child section); also listed in ParsedNote.fields. */
  fields: Field[];
}

/** A heading or list item of the note's outline. */
export interface OutlineItem {
  /** Visible text without list marker, task box, inline fields, trailing block id or heading hashes. */
  text: string;
  kind: "heading" | "item";
  /** Heading level 1-6, or the list item's nesting depth (0 for a top-level item). */
  level: number;
  line: number;
  /** Block id without `^`, from a trailing ` ^id` on the line (or the line right after a heading), else null. */
  blockId: string | null;
  /** `status::` on this item or heading line (`open`, `partial`, `answered`, or whatever is written), else null. */
  status: string | null;
  children: OutlineItem[];
}

export interface Heading {
  text: string;
  level: number;
  line: number;
}

export interface BlockId {
  id: string;
  line: number;
}

/** How the Lens platform treats a note, from its frontmatter `tags` list: `validator-ignore`, `wip`/`work-in-progress`. */
export type LensTier = "production" | "wip" | "ignored";

/** A field as the Lens platform reads it: `key::` at column 0, its value running to the next field or heading. */
export interface LensField {
  /** The key as written (the platform compares keys case-sensitively). */
  key: string;
  /** Trimmed; multi-line values keep their inner line breaks. */
  value: string;
  line: number;
  /** The line the value's first character is on (the key's line, or a later one when the value starts below it). */
  valueLine: number;
  /** 0 for fields before any heading inside the section; each heading inside it starts the next scope. */
  scope: number;
}

/** A Lens section or segment as the platform reads it (hierarchical sections, flat segments), with true lines. */
export interface LensSection {
  /** Lower case, spaces to `-`: `learning-outcome`, `lens`, `text`... */
  type: string;
  title: string;
  level: number;
  line: number;
  /** Last line of the section (1-based, inclusive). */
  endLine: number;
  fields: LensField[];
  /** Submodule children, or the segments of an inline lens / a test section. */
  children: LensSection[];
}

/** The platform's reading of a course, module, learning-outcome or lens note. */
export interface LensReading {
  /** 1-based line of the first body line (after the frontmatter). */
  bodyLine: number;
  sections: LensSection[];
}

/**
 * The version of the ParsedNote shape (and of what the parser puts in it) that caches of parsed notes are written
 * with. Bump it whenever ParsedNote, a type inside it, or the parser's reading changes: an older cache is then
 * parsed again. tests/core/cache/format-version.test.ts fails when the shape changes and this number does not.
 */
export const PARSED_NOTE_FORMAT = 8;

/** Everything the core reads from one note. Parsing never throws; problems become diagnostics. */
export interface ParsedNote {
  path: string;
  /** Frontmatter `title`, else the file name without `.md`. */
  title: string;
  kind: NoteKind;
  /** Lower-case tags without `#`, from frontmatter `tags`/`tag` and inline `#tags`. */
  tags: string[];
  /** Parsed YAML, or null when absent or malformed. */
  frontmatter: Record<string, unknown> | null;
  /** Lines taken by the frontmatter block including both `---` (0 when there is none). */
  frontmatterLines: number;
  /** The Lens id: module `contentId ?? id`, else `id`; null when absent. */
  id: string | null;
  fields: Field[];
  /** Every wikilink and embed in the body, in document order (field links included, with `field` set). */
  links: WikiLink[];
  headings: Heading[];
  blockIds: BlockId[];
  sections: Section[];
  /** Headings and list items as a tree (headings nest by level, list items under the heading above them). */
  outline: OutlineItem[];
  /** List items inside `content::` block fields only: a module's own questions. */
  contentOutline: OutlineItem[];
  diagnostics: Diagnostic[];
  /** The Lens platform's tier; ignored notes are indexed but not checked. */
  tier: LensTier;
  /** Sections, segments and fields as the Lens platform reads them (Lens kinds only), else null. */
  lens: LensReading | null;
  /** Frontmatter `description`/`summary`, else the first paragraph, as plain text (cut near 280 characters); null when none. */
  summary: string | null;
}

/** Which tags and folders make a kind, and which fields carry which meaning. */
export interface MosaicSettings {
  kindTags: Record<Exclude<NoteKind, "other">, string[]>;
  /** Fields whose links mean "this note addresses that question". */
  relationFields: string[];
  /** Fields whose link hangs this note's tree under another problem's node. */
  parentFields: string[];
  /** Only these folders are indexed when non-empty (vault-relative, `/`). */
  includeFolders: string[];
  /** These folders are never indexed. */
  excludeFolders: string[];
  /** Path globs whose notes are indexed but not checked (their diagnostics are left out). */
  ignoreGlobs?: string[];
}

export const DEFAULT_SETTINGS: MosaicSettings = {
  kindTags: {
    problem: ["problem", "open-problem", "question"],
    module: ["module"],
    "learning-outcome": ["learning-outcome", "learning-objective"],
    lens: ["lens"],
    course: ["course"],
    source: ["paper", "post", "article", "source"],
  },
  relationFields: ["addresses", "answers", "informs", "source"],
  parentFields: ["parent", "up"],
  includeFolders: [],
  excludeFolders: [],
};

// ---- The JSON export contract (DESIGN.md): changes only by adding keys. ----

export interface ExportNote {
  path: string;
  kind: NoteKind;
  title: string;
  id: string | null;
  /** Frontmatter `aliases`, present only when the note has some. */
  aliases?: string[];
}

export interface Edge {
  from: string;
  /** Resolved vault path, or null when the link does not resolve. */
  to: string | null;
  /** The link path as written. */
  target: string;
  /** Heading or `^block` the link points at, or null. */
  anchor: string | null;
  /** Field key for field links, `module` for a course's `# Module:` line, `link` for a plain body link. */
  relation: string;
  line: number;
  /** The Lens `optional::` flag of the section the link sits in; null outside Lens sections. */
  optional: boolean | null;
}

export interface AddressRef {
  path: string;
  relation: string;
  line: number;
  /** Added keys beyond the contract: the addressing note's title and the line around the link. */
  title: string;
  context: string;
}

export interface TreeNode {
  text: string;
  /** `^blockid` or heading text, what Obsidian can link to; null for list items without a block id. */
  anchor: string | null;
  /** The note the node lives in (a `parent::` child note's nodes keep their own path). */
  path: string;
  line: number;
  status: string | null;
  addressedBy: AddressRef[];
  /** Distinct notes addressing this node or any descendant. */
  addressedCount: number;
  children: TreeNode[];
}

export interface ProblemTree {
  path: string;
  title: string;
  /** Share of leaf questions with at least one addressing note, 0..1 (a lone root: 1 when addressed, else 0). */
  coverage: number;
  root: TreeNode;
}

export interface MosaicExport {
  version: 1;
  notes: ExportNote[];
  edges: Edge[];
  problems: ProblemTree[];
  diagnostics: Diagnostic[];
}

// What the sidebar shows for the active note lives in its own file; every layer imports it from here.
export type * from "./sidebar-model";
