// "What to read next" rows: suggested sources under a gap (with a Link button) and the unread sources section.
import type { TreeNode } from "../../core/model";
import { el, text } from "../dom";
import type { Row } from "./lazy-tree";
import { flairCount, noteLink, pill, rowLine } from "./parts";
import { emptyRow } from "./section-rows";

/** A source note that may answer a gap question. */
export interface SuggestedSource {
  path: string;
  title: string;
  /** The question's words the source matched, strongest first. */
  terms: string[];
  unread: boolean;
}

/** An unread source and the gap questions it may fill. */
export interface UnreadSource {
  path: string;
  title: string;
  /** Texts of the gaps, in tree order. */
  gaps: string[];
}

/** Where the sidebar gets its suggestions from (computed lazily by the caller, per problem). */
export interface SuggestionSource {
  /** The strong unlinked sources for a gap (a leaf question nothing addresses); empty for any other node. */
  forGap(node: TreeNode): SuggestedSource[];
  /** Unread sources ranked by how many of the problem's gaps they may fill. */
  unread(): UnreadSource[];
}

export const SUGGESTED_LABEL = "Suggested";
export const UNREAD_HEADING = "Unread sources that fill the most gaps";
export const UNREAD_EMPTY = "No unread source matches a gap. Tag sources `#to-read` or write `read:: false` to rank them here.";
const GAPS_IN_TOOLTIP = 5;

/** The source and question a "Link" button stands for; the renderer reads it back when the button is clicked. */
const linkTargets = new WeakMap<Element, { sourcePath: string; node: TreeNode }>();

export function suggestionTarget(button: Element): { sourcePath: string; node: TreeNode } | null {
  return linkTargets.get(button) ?? null;
}

export function matchTooltip(s: SuggestedSource): string {
  const why = s.terms.length > 0 ? `Shares the words: ${s.terms.join(", ")}` : "Shares words with this question";
  return `${why}. Suggested, not linked: “Link” writes \`addresses::\` into ${s.title} after a preview.`;
}

export function suggestionRow(s: SuggestedSource, node: TreeNode): Row {
  return {
    key: null,
    path: s.path,
    line: null,
    matchText: null,
    cls: ["mosaic-suggestion"],
    attachment: true,
    children: null,
    defaultCollapsed: false,
    fill(inner, flair, highlight) {
      const tooltip = matchTooltip(s);
      inner.title = tooltip;
      const line = rowLine(inner);
      pill(line, SUGGESTED_LABEL, "suggested", tooltip);
      text(line, " ");
      noteLink(line, s.title, highlight).classList.add("mosaic-suggestion-title");
      if (s.unread) pill(line, "unread", "unread", "Marked unread or to-read");
      const button = el(flair, "div", {
        cls: "mosaic-suggestion-link",
        text: "Link",
        attr: {
          "data-mosaic-action": "link-suggestion",
          role: "button",
          // A tab stop only while its row is the tree's current row (see TreeFocus).
          tabindex: -1,
          "aria-label": `Link ${s.title} to this question`,
        },
        title: `Preview adding addresses:: to ${s.title}`,
      });
      linkTargets.set(button, { sourcePath: s.path, node });
    },
  };
}

export function suggestionRows(list: readonly SuggestedSource[], node: TreeNode): Row[] {
  return list.map((s) => suggestionRow(s, node));
}

/** Collapse key of a gap's suggestions row: the question's own key (`path#line`) plus `#suggestions`. */
export function suggestionsKey(node: Pick<TreeNode, "path" | "line">): string {
  return `${node.path}#${node.line}#suggestions`;
}

export function suggestionsLabel(n: number): string {
  return `${n} ${n === 1 ? "suggestion" : "suggestions"}`;
}

/**
 * One quiet "N suggestions" row under a gap, collapsed until the user opens it; its children are the suggestions.
 * Hidden while the tree is filtered: it matches no text.
 */
export function suggestionGroupRow(list: readonly SuggestedSource[], node: TreeNode): Row {
  return {
    key: suggestionsKey(node),
    path: null,
    line: null,
    matchText: null,
    cls: ["mosaic-suggestions"],
    defaultCollapsed: true,
    children: () => suggestionRows(list, node),
    fill(inner) {
      inner.title = "Source notes that share words with this question (suggested, not linked)";
      el(inner, "span", { cls: "mosaic-suggestions-label", text: suggestionsLabel(list.length) });
    },
  };
}

function unreadRow(u: UnreadSource): Row {
  const shown = u.gaps.slice(0, GAPS_IN_TOOLTIP).map((g) => `• ${g}`);
  if (u.gaps.length > GAPS_IN_TOOLTIP) shown.push(`+${u.gaps.length - GAPS_IN_TOOLTIP} more`);
  return {
    key: null,
    path: u.path,
    line: null,
    matchText: u.title,
    cls: ["mosaic-unread-source"],
    children: null,
    defaultCollapsed: false,
    fill(inner, flair, highlight) {
      inner.title = `May fill:\n${shown.join("\n")}`;
      noteLink(rowLine(inner), u.title, highlight);
      const n = u.gaps.length;
      flairCount(flair, `${n} ${n === 1 ? "gap" : "gaps"}`, `May fill ${n} ${n === 1 ? "gap" : "gaps"} of this problem`);
    },
  };
}

/** The section at the end of a problem view; its rows are computed only when the tree asks for them. */
export function unreadSection(notePath: string, source: SuggestionSource): Row {
  let rows: Row[] | null = null;
  const build = (): Row[] => {
    rows ??= source.unread().map(unreadRow);
    return rows;
  };
  return {
    key: `${notePath}#mosaic-unread`,
    path: null,
    line: null,
    matchText: null,
    cls: ["mosaic-section", "mosaic-unread-section"],
    defaultCollapsed: false,
    children: () => {
      const list = build();
      return list.length > 0 ? list : [emptyRow(UNREAD_EMPTY)];
    },
    fill(inner, flair) {
      el(inner, "span", { cls: "mosaic-section-title", text: UNREAD_HEADING });
      const n = build().length;
      if (n > 0) flairCount(flair, String(n), `${n} unread ${n === 1 ? "source" : "sources"}`);
    },
  };
}

