// What the sidebar shows for the active note: plain data built by core queries (src/core/query) and rendered by src/ui.
import type { Diagnostic, NoteKind, ProblemTree, TreeNode } from "./model";


export interface NoteRef {
  path: string;
  title: string;
  kind: NoteKind;
  /** The Lens tier, only where a view shows it (the sidebar's own note) and only when not `production`. */
  tier?: "wip" | "ignored";
}

/** A linked note as written in a Lens field: resolved (`ref`) or not (`target` keeps the raw path). */
export interface LinkedNote {
  ref: NoteRef | null;
  target: string;
  line: number;
  optional: boolean;
}

export interface LensEntry extends LinkedNote {
  /** Lens title: the lens note's title, or the inline lens section's title. */
  title: string;
  inline: boolean;
  /** Articles and videos the lens's segments take their text from. */
  sources: LinkedNote[];
}

export interface OutcomeEntry extends LinkedNote {
  /** The outcome note's title (frontmatter `title`, else its file name); the section's title when unresolved. */
  title: string;
  /** The outcome sentence (frontmatter `learning-outcome:`), or null. */
  sentence: string | null;
  lenses: LensEntry[];
}

/** One entry of a course's progression, in document order: a meeting, or a module with what it teaches. */
export type CourseItem =
  | { type: "meeting"; name: string; line: number }
  | { type: "module"; module: LinkedNote; title: string; outcomes: OutcomeEntry[]; lenses: LensEntry[] };

/** A segment of a lens (`#### Text`, `#### Article`, ...): its type, line, and the source it excerpts, if any. */
export interface SegmentEntry {
  /** Normalised section type: `text`, `article`, `video`, `chat`, `question`, ... */
  type: string;
  /** The heading's title (a question's text), else the first line of its `content::`/`instructions::`, else "". */
  label: string;
  line: number;
  optional: boolean;
  /** The `source::` of an article or video segment, or null. */
  source: LinkedNote | null;
  /** The `from::` and `to::` anchors of an excerpt, as written (quotes removed), or null. */
  from: string | null;
  to: string | null;
}

/** A lens whose article or video segment excerpts a source note. */
export interface ExcerptEntry {
  lens: NoteRef;
  /** Line of the segment's `source::` in the lens (or the module holding an inline lens). */
  line: number;
  from: string | null;
  to: string | null;
}

export interface AddressedQuestion {
  problem: NoteRef;
  node: { text: string; anchor: string | null; path: string; line: number };
  /** Texts of the node's ancestors below the problem root, outermost first. */
  ancestors: string[];
  relation: string;
  line: number;
  context: string;
}

export type SidebarModel =
  | { kind: "problem"; note: NoteRef; problem: ProblemTree; diagnostics: Diagnostic[] }
  | {
      kind: "course";
      note: NoteRef;
      items: CourseItem[];
      diagnostics: Diagnostic[];
    }
  | {
      kind: "lens";
      note: NoteRef;
      segments: SegmentEntry[];
      /** Distinct articles and videos its segments excerpt, in order. */
      sources: LinkedNote[];
      /** The notes above it: outcomes and modules that list it, and the modules and courses above those. */
      outcomes: LinkedNote[];
      modules: LinkedNote[];
      courses: LinkedNote[];
      diagnostics: Diagnostic[];
    }
  | {
      kind: "module";
      note: NoteRef;
      /** Courses whose `# Module:` lines name this module (the line is the course's). */
      courses: LinkedNote[];
      outcomes: OutcomeEntry[];
      /** Lens sections directly in the module (not through an outcome). */
      lenses: LensEntry[];
      /** The module's own questions (list items of its `content::` blocks), or null. */
      questions: TreeNode | null;
      diagnostics: Diagnostic[];
    }
  | {
      kind: "learning-outcome";
      note: NoteRef;
      /** The outcome text (frontmatter `learning-outcome:`), or null. */
      outcome: string | null;
      modules: LinkedNote[];
      lenses: LensEntry[];
      /** `## Test:` sections: their line and source, if any. */
      tests: LinkedNote[];
      diagnostics: Diagnostic[];
    }
  | {
      kind: "other";
      note: NoteRef;
      addresses: AddressedQuestion[];
      /** Lenses whose article or video segments excerpt this note. */
      excerpts: ExcerptEntry[];
      /** Notes that use this one through Lens fields or a course's `# Module:` line. */
      usedBy: { ref: NoteRef; relation: string; line: number }[];
      diagnostics: Diagnostic[];
    };
