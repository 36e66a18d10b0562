// What a check reports: a diagnostic at a file and line, with one of the stable codes and a severity.

export type Severity = "error" | "warning" | "info";

/** Stable diagnostic codes; tests, CI scripts and the JSON export rely on them. */
export type DiagnosticCode =
  | "broken-link"
  | "unresolved-link"
  | "empty-link-field"
  | "duplicate-id"
  | "missing-frontmatter"
  | "missing-field"
  | "malformed-yaml"
  | "parent-cycle"
  | "glued-question"
  | "link-in-suggestion"
  | "invalid-link"
  | "unreadable-file"
  // Lens checks, as the Lens validator makes them (README: "Checking a Lens course").
  | "frontmatter-typo"
  | "id-not-string"
  | "invalid-slug"
  | "tldr-too-long"
  | "wikilink-in-title"
  | "unknown-section"
  | "content-before-section"
  | "text-outside-field"
  | "single-colon-field"
  | "duplicate-field"
  | "heading-in-content"
  | "no-sections"
  | "no-segments"
  | "empty-segment"
  | "segment-title"
  | "missing-segment-field"
  | "empty-segment-field"
  | "misplaced-field"
  | "non-boolean"
  | "empty-from"
  | "field-typo"
  | "invalid-timestamp"
  | "section-title"
  | "no-lens"
  | "outside-submodule"
  | "empty-submodule"
  | "missing-inline-id"
  | "platform-link"
  | "tier-reference"
  | "invalid-uuid"
  | "duplicate-slug"
  | "anchor-not-found"
  | "unrecognized-folder"
  | "timestamps-json"
  | "timestamps-entry"
  | "timestamps-empty"
  | "timestamps-order"
  | "missing-timestamps"
  | "orphan-timestamps"
  | "video-excerpt"
  | "unsupported-directive"
  | "unclosed-directive"
  | "closing-attribute"
  | "directive-form"
  | "empty-directive"
  | "directive-attribute"
  | "directive-outside-article"
  | "wikilink-image"
  | "broken-card-link"
  | "broken-text-link"
  | "lens-link-without-id"
  | "circular-reference";

export interface Diagnostic {
  /** Vault-relative path with `/`. */
  file: string;
  /** 1-based line of the offending text, or null when it concerns the whole file. */
  line: number | null;
  severity: Severity;
  code: DiagnosticCode;
  message: string;
}
