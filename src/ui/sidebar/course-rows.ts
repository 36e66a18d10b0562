// Rows of the Lens course structure: learning outcomes, their lenses, the lenses' sources, and plain linked notes.
import type { LensEntry, LinkedNote, OutcomeEntry } from "../../core/model";
import { el, text } from "../dom";
import type { Row } from "./lazy-tree";
import { flairCount, noteLink, pill, rowLine } from "./parts";

/** Where a click on a linked note goes: the note itself, or the line of the broken link in `fromPath`. */
function target(entry: LinkedNote, fromPath: string): { path: string; line: number | null } {
  return entry.ref ? { path: entry.ref.path, line: null } : { path: fromPath, line: entry.line };
}

/** A link that names no note; an outcome, lens or source with an empty `source::` counts as broken too. */
function unresolved(entry: LinkedNote, emptyIsBroken = true): boolean {
  return entry.ref === null && (entry.target !== "" || emptyIsBroken);
}

const EMPTY_LINK = "(empty source:: link)";

function classes(base: string, entry: LinkedNote, emptyIsBroken = true): string[] {
  return unresolved(entry, emptyIsBroken) ? [base, "mosaic-unresolved"] : [base];
}

/** Title, `optional` pill and, for broken links, the raw target in the error colour. */
function fillLinked(
  line: HTMLElement,
  title: string,
  entry: LinkedNote,
  highlight: (p: HTMLElement, v: string) => void,
  emptyIsBroken = true,
): void {
  const broken = unresolved(entry, emptyIsBroken);
  // A broken link's title is usually the raw target itself: show that once, as written.
  const titleIsTarget = broken && (title === entry.target || title === "");
  const shown = !titleIsTarget ? title : entry.target === "" ? EMPTY_LINK : `[[${entry.target}]]`;
  noteLink(line, shown, highlight);
  if (entry.optional) pill(line, "optional", "optional");
  if (broken) {
    line.title =
      entry.target === ""
        ? `Line ${entry.line}: the source:: field is empty`
        : `Unresolved link on line ${entry.line}: no note named “${entry.target}”`;
  }
  if (broken && !titleIsTarget && entry.target !== "") {
    el(line, "span", {
      cls: "mosaic-raw-target",
      text: `[[${entry.target}]]`,
      title: `Unresolved link on line ${entry.line}: no note named “${entry.target}”`,
    });
  }
}

export function sourceRow(source: LinkedNote, fromPath: string): Row {
  const to = target(source, fromPath);
  const title = source.ref?.title ?? source.target;
  return {
    key: null,
    ...to,
    matchText: title,
    cls: classes("mosaic-source", source),
    children: null,
    defaultCollapsed: false,
    fill(inner, _flair, highlight) {
      const line = rowLine(inner);
      fillLinked(line, title, source, highlight);
      if (source.ref && source.ref.kind !== "source") pill(line, source.ref.kind, "kind");
    },
  };
}

/** `scope` makes the collapse key unique where the same note is shown twice (a module listed twice by a course). */
export function lensRow(lens: LensEntry, fromPath: string, scope = fromPath): Row {
  const to = target(lens, fromPath);
  // Sources of a lens note are written in the lens note; an inline lens's sources in the note holding it.
  const sourcesFrom = lens.ref?.path ?? fromPath;
  return {
    key: `${scope}#${lens.line}`,
    ...to,
    matchText: lens.title,
    cls: classes("mosaic-lens", lens, !lens.inline),
    children: lens.sources.length > 0 ? () => lens.sources.map((s) => sourceRow(s, sourcesFrom)) : null,
    defaultCollapsed: false,
    fill(inner, flair, highlight) {
      const line = rowLine(inner);
      fillLinked(line, lens.title, lens, highlight, !lens.inline);
      if (lens.inline) pill(line, "inline", "inline", "Lens written inside this note");
      if (lens.sources.length > 0) {
        const n = lens.sources.length;
        flairCount(flair, String(n), `${n} ${n === 1 ? "source" : "sources"}`);
      }
    },
  };
}

/** The outcome sentence, hidden until its toggle (in the row's line) is clicked: one click away, not 5 lines tall. */
function sentenceToggle(line: HTMLElement, inner: HTMLElement, sentence: string): void {
  text(line, " ");
  el(line, "span", {
    cls: "mosaic-sentence-toggle",
    text: "outcome",
    title: "Show the outcome sentence",
    // A tab stop only while its row is the tree's current row (see TreeFocus).
    attr: { "data-mosaic-action": "sentence", role: "button", tabindex: -1, "aria-expanded": "false" },
  });
  el(inner, "div", { cls: "mosaic-outcome-sentence", text: sentence });
}

export function outcomeRow(outcome: OutcomeEntry, index: number, modulePath: string, scope = modulePath): Row {
  const to = target(outcome, modulePath);
  const lensesFrom = outcome.ref?.path ?? modulePath;
  const key = `${scope}#${outcome.line}`;
  return {
    key,
    ...to,
    matchText: outcome.title,
    cls: classes("mosaic-outcome", outcome),
    children: outcome.lenses.length > 0 ? () => outcome.lenses.map((l) => lensRow(l, lensesFrom, key)) : null,
    defaultCollapsed: false,
    fill(inner, flair, highlight) {
      const line = rowLine(inner);
      el(line, "span", { cls: "mosaic-ordinal", text: `${index + 1}.` });
      text(line, " ");
      fillLinked(line, outcome.title, outcome, highlight);
      if (outcome.sentence) sentenceToggle(line, inner, outcome.sentence);
      if (outcome.lenses.length > 0) {
        const n = outcome.lenses.length;
        flairCount(flair, String(n), `${n} ${n === 1 ? "lens" : "lenses"}`);
      }
    },
  };
}

/** A linked note (a module using an outcome, a test's source): its title, or a label when nothing is linked. */
export function linkedRow(entry: LinkedNote, fromPath: string, fallback: string, cls: string): Row {
  const to = target(entry, fromPath);
  const title = entry.ref?.title ?? (entry.target || fallback);
  return {
    key: null,
    ...to,
    matchText: title,
    cls: classes(cls, entry, false),
    children: null,
    defaultCollapsed: false,
    fill(inner, _flair, highlight) {
      const line = rowLine(inner);
      fillLinked(line, title, entry, highlight, false);
      if (entry.ref === null && entry.target === "") {
        text(line, " ");
        el(line, "span", { cls: "mosaic-muted", text: `line ${entry.line}` });
      }
    },
  };
}
