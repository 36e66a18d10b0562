// Note text made safe and short for one terminal line: control characters shown escaped, whitespace folded.

// C0 controls (tab and newline too: a caller printing raw text gets them escaped), DEL, C1 controls, and the bidi overrides that reorder a line.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Control characters as `\xNN` / `\uNNNN`, so text from a note cannot move the cursor, clear the screen or set the clipboard. */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}

/** One line of terminal text: runs of whitespace (newlines too) as one space, controls escaped. */
export function oneLine(text: string): string {
  return escapeControls(text.replace(/\s+/g, " ").trim());
}

/** Text cut to `width` characters with an ellipsis. */
export function shorten(text: string, width: number): string {
  const chars = Array.from(text);
  return chars.length <= width ? text : chars.slice(0, width - 1).join("") + "…";
}

/** Several lines, each with its controls escaped; the newlines between them kept. */
export function escapeLines(text: string): string {
  return text.split("\n").map(escapeControls).join("\n");
}
