// The Lens validator's diagnostics side by side with ours: its message to our code, its line to the file's true line.
import type { MosaicIndex } from "../src/core/index/mosaic-index";
import type { Diagnostic, DiagnosticCode, LensSection } from "../src/core/model";

export interface ValidatorError {
  file: string;
  line?: number;
  message: string;
  severity: string;
}

const CODES: [RegExp, DiagnosticCode[]][] = [
  [/^Missing frontmatter/, ["missing-frontmatter"]],
  [/^(Unclosed frontmatter|Invalid YAML)/, ["malformed-yaml"]],
  [/^(Missing required field|Field '.*' must not be empty)/, ["missing-field"]],
  [/^Unrecognized frontmatter field/, ["frontmatter-typo"]],
  [/^Field 'id' must be a string/, ["id-not-string"]],
  [/^Invalid slug(-alias)? format/, ["invalid-slug"]],
  [/^tldr exceeds/, ["tldr-too-long"]],
  [/contains a wikilink/, ["wikilink-in-title"]],
  [/^Unknown section type/, ["unknown-section"]],
  [/^Content found before first section/, ["content-before-section"]],
  [/^Text outside of a field/, ["text-outside-field"]],
  [/with single colon/, ["single-colon-field"]],
  [/^Duplicate field/, ["duplicate-field"]],
  [/looks like a Markdown heading/, ["heading-in-content"]],
  [/^Module has no sections/, ["no-sections"]],
  [/^(Lens|Inline lens) has no segments/, ["no-segments"]],
  // Its output check, after a segment was dropped: ours names why the segment was dropped.
  [/^Section ".*" has no segments/, ["no-segments", "anchor-not-found", "empty-segment-field", "video-excerpt", "invalid-timestamp"]],
  [/^Empty \w+ segment has no fields/, ["empty-segment"]],
  [/^Titles are not supported/, ["segment-title"]],
  [/segment missing [\w-]+:: field/, ["missing-segment-field"]],
  [/segment has empty|^Empty text segment in/, ["empty-segment-field"]],
  [/^First (article|video) segment must have a source/, ["empty-link-field"]],
  [/^Lens section missing source:: field \(or id::|is missing required id::/, ["missing-inline-id"]],
  [/^(Learning Outcome|Lens) section missing source:: field/, ["empty-link-field"]],
  [/is not valid in \w+ segment/, ["misplaced-field"]],
  [/has non-boolean value/, ["non-boolean"]],
  [/^Field 'from' is empty/, ["empty-from"]],
  [/^Unrecognized field/, ["field-typo"]],
  [/^Invalid timestamp format/, ["invalid-timestamp"]],
  [/^(Invalid JSON: |Timestamps file must contain a JSON array)/, ["timestamps-json"]],
  [/^Timestamps array is empty/, ["timestamps-empty"]],
  [/^Entry \d+: non-monotonic/, ["timestamps-order"]],
  [/^Entry \d+: /, ["timestamps-entry"]],
  [/^Missing timestamps\.json/, ["missing-timestamps"]],
  [/^Orphaned timestamps file/, ["orphan-timestamps"]],
  [/^(Start|End) timestamp '.*' (is after|not found in transcript)/, ["video-excerpt"]],
  [/found in non-article content/, ["directive-outside-article"]],
  [/^Wiki-link image not supported/, ["wikilink-image"]],
  [/^Empty video transcript in/, ["video-excerpt"]],
  [/^(Unsupported directive|Unknown directive)/, ["unsupported-directive"]],
  [/^Unclosed (container directive|bracket in)/, ["unclosed-directive"]],
  [/on closing ':::' marker/, ["closing-attribute"]],
  [/^Directive '.*' does not support the (container|leaf)/, ["directive-form"]],
  [/^Empty container directive/, ["empty-directive"]],
  [/^(Directive '.*' (has an empty attribute|does not support \{open\})|Possible attribute typo|Unrecognized attribute)/, ["directive-attribute"]],
  [/^(Module section must have a wikilink|Meeting section must have a name)/, ["section-title"]],
  [/must have at least one ## Lens/, ["no-lens"]],
  [/outside submodule boundaries/, ["outside-submodule"]],
  [/^Submodule ".*" is empty/, ["empty-submodule"]],
  [/source:: path must be relative/, ["platform-link"]],
  [/^Card link target not found: /, ["broken-card-link"]],
  [/^Wikilink target not found: /, ["broken-text-link"]],
  [/^Lens has no id in frontmatter: /, ["lens-link-without-id"]],
  [/^Circular reference detected: /, ["circular-reference"]],
  [/Invalid wikilink|Path traversal|too many '\.\.\/'|Missing (opening|closing) bracket|Empty wikilink/, ["invalid-link"]],
  [/not found: |^Module reference could not be resolved/, ["broken-link", "platform-link"]],
  [/^References (WIP|ignored)/, ["tier-reference"]],
  [/^Invalid UUID/, ["invalid-uuid"]],
  [/^Duplicate UUID/, ["duplicate-id"]],
  [/^Duplicate slug|slug alias .* collides/, ["duplicate-slug"]],
  [/^(Start|End) anchor/, ["anchor-not-found"]],
  [/^File in directory/, ["unrecognized-folder"]],
];

/** The codes of ours that say what the validator's message says. */
export function codesFor(message: string): DiagnosticCode[] {
  return CODES.find(([pattern]) => pattern.test(message))?.[1] ?? [];
}

const LINK_CODES = new Set<DiagnosticCode>(["broken-link", "platform-link", "invalid-link", "empty-link-field", "tier-reference", "circular-reference"]);
/** Its checks of links in Text segments give line 0; the link it names is found in the file. */
const TEXT_LINK_CODES = new Set<DiagnosticCode>(["broken-card-link", "broken-text-link", "lens-link-without-id"]);
/** Its segment checks give the segment's heading; ours give the line of the field they name. */
const FIELD_CODES = new Set<DiagnosticCode>(["non-boolean", "field-typo", "misplaced-field", "empty-from", "empty-segment-field", "invalid-timestamp"]);
/** Its frontmatter checks all give line 2; ours give the line of the key they name. */
const FRONTMATTER_CODES = new Set<DiagnosticCode>(["frontmatter-typo", "id-not-string", "tldr-too-long", "invalid-slug", "wikilink-in-title", "missing-field"]);

function namedField(message: string): string | null {
  return / in ([\w-]+):: field/.exec(message)?.[1] ?? /'([\w-]+)'/.exec(message)?.[1] ?? /([\w-]+)::/.exec(message)?.[1] ?? (/^tldr/.test(message) ? "tldr" : null);
}

function flatten(sections: readonly LensSection[]): LensSection[] {
  return sections.flatMap((s) => [s, ...flatten(s.children)]);
}

/**
 * The line of the file the validator's diagnostic means, or null when it gives none. Two known differences are
 * undone: lens-file lines count from the end of the frontmatter, and a link problem is put on its section's heading
 * (ours is on the `source::` line that holds the link).
 */
export function trueLine(error: ValidatorError, index: MosaicIndex): number | null {
  if (error.line === undefined) return null;
  const codes = codesFor(error.message);
  if (codes.includes("timestamps-json")) {
    // Its line is always 1; where the JSON breaks is in the message.
    const at = /at position (\d+)/.exec(error.message)?.[1];
    const text = index.getText(error.file) ?? "";
    return at === undefined ? error.line : text.slice(0, Number(at)).split("\n").length;
  }
  const note = index.note(error.file);
  if (!note) return error.line;
  const lines = (index.getText(error.file) ?? "").split(/\r?\n/);
  if (codes.some((c) => TEXT_LINK_CODES.has(c))) return textLinkLine(error.message, lines);
  if (codes.includes("malformed-yaml")) {
    // Its line is always 2; the YAML parser's own line (counted inside the frontmatter) is in the message.
    const inner = /at line (\d+)/.exec(error.message)?.[1];
    return inner === undefined ? error.line : Number(inner) + 1;
  }
  if (codes.some((c) => FRONTMATTER_CODES.has(c))) {
    const key = /slug/.test(error.message) ? "slug" : namedField(error.message);
    const at = key === null ? -1 : lines.slice(1, Math.max(1, note.frontmatterLines - 1)).findIndex((l) => l.startsWith(`${key}:`));
    return at === -1 ? error.line : at + 2;
  }
  // Lens-file lines count from the end of the frontmatter, except "Lens has no segments", which gives the body's first line.
  let line = note.kind === "lens" && !/^Lens has no segments/.test(error.message) ? error.line + note.frontmatterLines : error.line;
  const section = flatten(note.lens?.sections ?? []).find((s) => s.line === line);
  if (codes.some((c) => LINK_CODES.has(c))) {
    const source = section?.fields.find((f) => f.key === "source" && f.scope === 0);
    if (source) line = source.line;
  }
  if (codes.some((c) => FIELD_CODES.has(c))) {
    const name = namedField(error.message);
    const field = section?.fields.filter((f) => f.key === name).pop();
    if (field) line = field.line;
  }
  return line;
}

/** The first line holding the link a Text-segment message names (a card for a card message), or null. */
function textLinkLine(message: string, lines: readonly string[]): number | null {
  const path = message.slice(message.indexOf(": ") + 2).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const card = /^Card link/.test(message);
  const link = new RegExp(`${card ? "::card" : "(?<!!)(?<!::card)"}\\[\\[\\s*${path}\\s*[|\\]]`);
  const at = lines.findIndex((l) => link.test(l));
  return at === -1 ? null : at + 1;
}

/** Our diagnostic that matches the validator's: one of its codes, same file, the true line (any line when it gives none). */
export function findMatch(ours: readonly Diagnostic[], error: ValidatorError, index: MosaicIndex): Diagnostic | undefined {
  const codes = codesFor(error.message);
  const line = trueLine(error, index);
  // Its "Empty text segment in <lens>" is raised on the module that publishes the lens; ours is in the lens's own file.
  const files = /^Empty \w+ segment in/.test(error.message)
    ? [error.file, ...index.outgoing(error.file).map((r) => r.edge.to)]
    : [error.file];
  return ours.find((d) => files.includes(d.file) && codes.includes(d.code) && (line === null || d.line === line));
}

/**
 * A validator error that comes from its known misreading (LENS-FORMAT.md quirk 4): a Lens section whose `source::`
 * has no space after `::` or its link on the next line is taken for an inline lens without `id::`. We read the link.
 */
export function isValidatorQuirk(error: ValidatorError, index: MosaicIndex): boolean {
  if (!codesFor(error.message).includes("missing-inline-id") || error.line === undefined) return false;
  const section = flatten(index.note(error.file)?.lens?.sections ?? []).find((s) => s.line === error.line);
  return section?.fields.some((f) => f.key === "source" && f.scope === 0 && f.value !== "") ?? false;
}
