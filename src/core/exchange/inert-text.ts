// Imported question text made inert: it stays one list item's text and cannot change the note around it.

// Text at the start of an item that Markdown would read as structure: a nested marker, a task box, a heading,
// a quote, a fence, a numbered marker.
const LEADING_STRUCTURE = /^(?:[-*+](?=[ \t]|$)|\[[ xX/-]\](?=[ \t])|#|>|`{3}|~{3}|\d{1,9}(?=[.)](?:[ \t]|$)))/;
// eslint-disable-next-line no-control-regex -- control characters are what is replaced
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/g;

/**
 * The text with every way it could reach past its own line escaped by a Markdown backslash (which Obsidian
 * renders as the character itself): line breaks folded to spaces, `%%` and `<!--` (comments that would swallow
 * the rest of the note), a leading marker, heading, quote or fence, and a trailing ` ^id` (a block id that
 * would take over another question's links). Control characters become U+FFFD (a NUL would make the note binary).
 */
export function inertText(text: string): string {
  let out = foldControls(text).replace(/\s+/g, " ").trim();
  out = out.replace(/%(?=%)/g, "%\\").replace(/<!--/g, "<\\!--");
  const lead = LEADING_STRUCTURE.exec(out);
  if (lead) out = /^\d/.test(lead[0]) ? `${lead[0]}\\${out.slice(lead[0].length)}` : `\\${out}`;
  return out.replace(/(^|[ \t])\^([A-Za-z0-9-]+)$/, "$1\\^$2");
}

/** Undoes Markdown backslash escapes, so an escaped question matches its original when merging again. */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, "$1");
}

/** Control characters (but whitespace) as U+FFFD, as inertText writes them. */
export function foldControls(text: string): string {
  return text.replace(CONTROL, "\uFFFD");
}
