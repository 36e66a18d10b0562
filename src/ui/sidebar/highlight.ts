// Appends text with the parts that match the sidebar filter wrapped in <mark>.
import { el, text } from "../dom";

/** Appends `value` to `parent`, wrapping the parts that match the current filter in `<mark>`. */
export type Highlight = (parent: HTMLElement, value: string) => void;

/** A Highlight for `needle` (lower case; empty: plain text). */
export function highlighter(needle: string): Highlight {
  return (parent, value) => {
    if (needle === "") {
      text(parent, value);
      return;
    }
    const lower = value.toLowerCase();
    // Lower-casing can change the length of some characters; then offsets would not line up, so show it plain.
    if (lower.length !== value.length) {
      text(parent, value);
      return;
    }
    let at = 0;
    for (;;) {
      const hit = lower.indexOf(needle, at);
      if (hit < 0) break;
      if (hit > at) text(parent, value.slice(at, hit));
      el(parent, "mark", { cls: "mosaic-match", text: value.slice(hit, hit + needle.length) });
      at = hit + needle.length;
    }
    if (at < value.length) text(parent, value.slice(at));
  };
}
