// Small pieces shared by the sidebar's rows: pills, count flairs, note links, context lines, empty states.
import { el, text } from "../dom";
import type { Highlight } from "./lazy-tree";

export const GAP_TITLE = "No note addresses this question yet";

/** A small rounded label; `variant` picks its colour (`open`, `partial`, `answered`, `optional`, a relation...). */
export function pill(parent: HTMLElement, label: string, variant: string, title?: string): HTMLElement {
  const safe = variant.toLowerCase().replace(/[^a-z0-9-]/g, "");
  if (parent.firstChild) text(parent, " ");
  return el(parent, "span", { cls: ["mosaic-pill", `mosaic-pill-${safe || "other"}`], text: label, title });
}

/** The count at the end of a row, styled as Obsidian's tree flair. */
export function flairCount(flair: HTMLElement, label: string, title: string): HTMLElement {
  return el(flair, "span", { cls: "tree-item-flair mosaic-count", text: label, title });
}

/** A note title styled like a link (the row around it carries data-path). */
export function noteLink(parent: HTMLElement, title: string, highlight: Highlight): HTMLElement {
  const span = el(parent, "span", { cls: "mosaic-note-link" });
  highlight(span, title);
  return span;
}

/** A muted, single-line, ellipsised line of context; opens `path` at `line` when given. */
export function contextLine(parent: HTMLElement, value: string, path?: string, line?: number): HTMLElement {
  return el(parent, "div", {
    cls: "mosaic-context",
    text: value,
    title: value,
    attr: { "data-path": path, "data-line": path !== undefined ? line : undefined },
  });
}

/** A muted paragraph saying what to do; `backticked` parts become `<code>`. */
export function emptyState(parent: HTMLElement, message: string, tag: "div" | "span" = "div"): HTMLElement {
  const box = el(parent, tag, { cls: "mosaic-empty" });
  message.split("`").forEach((part, i) => {
    if (i % 2 === 1) el(box, "code", { text: part });
    else if (part) text(box, part);
  });
  return box;
}

/** The first line of a row: a flex line holding the title and its pills. */
export function rowLine(inner: HTMLElement): HTMLElement {
  return el(inner, "div", { cls: "mosaic-row-line" });
}
