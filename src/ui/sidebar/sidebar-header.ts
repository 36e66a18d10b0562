// The sidebar's header: the note's title and kind, the filter box, Expand all / Collapse all.
import type { NoteKind, NoteRef } from "../../core/model";
import { el } from "../dom";
import { collapseAllIcon, expandAllIcon } from "./icons";

export const FILTER_PLACEHOLDER = "Filter questions…";

/** What the filter box searches in each view. */
const FILTER_PLACEHOLDERS: Record<NoteKind, string> = {
  problem: FILTER_PLACEHOLDER,
  course: "Filter modules, outcomes and lenses…",
  module: "Filter outcomes and lenses…",
  "learning-outcome": "Filter lenses…",
  lens: "Filter segments and sources…",
  source: "Filter…",
  other: "Filter…",
};

/** The Lens platform's view of a note that is not ready: shown beside its kind so an author knows why. */
const TIER_PILLS: Record<"wip" | "ignored", { text: string; title: string }> = {
  wip: {
    text: "Work in progress",
    title: "Tagged wip: checked, but a production note may not use it until the tag is removed.",
  },
  ignored: {
    text: "Not checked",
    title: "Tagged validator-ignore: the platform skips the file; Mosaic reports nothing in it, and reports notes that use it.",
  },
};

export const KIND_LABELS: Record<NoteKind, string> = {
  problem: "Problem",
  module: "Module",
  "learning-outcome": "Learning outcome",
  lens: "Lens",
  course: "Course",
  source: "Source",
  other: "Note",
};

export interface SidebarHeader {
  header: HTMLElement;
  titleEl: HTMLElement;
  badgeEl: HTMLElement;
  tierEl: HTMLElement;
  input: HTMLInputElement;
}

/** Fills the header's kind badge, tier pill and filter placeholder for a note. */
export function showNoteKind(header: SidebarHeader, kind: NoteKind, tier: NoteRef["tier"]): void {
  header.badgeEl.textContent = KIND_LABELS[kind] ?? kind;
  header.input.placeholder = FILTER_PLACEHOLDERS[kind] ?? "Filter…";
  const pill = tier === "wip" || tier === "ignored" ? TIER_PILLS[tier] : null;
  header.tierEl.textContent = pill?.text ?? "";
  header.tierEl.title = pill?.title ?? "";
  header.tierEl.classList.toggle("mosaic-hidden", pill === null);
  header.tierEl.dataset.tier = tier ?? "";
}

function actionButton(parent: HTMLElement, action: string, label: string, draw: (p: Element) => void): void {
  const button = el(parent, "div", {
    cls: "clickable-icon nav-action-button",
    attr: { "data-mosaic-action": action, "aria-label": label, role: "button", tabindex: 0 },
    title: label,
  });
  draw(button);
}

export function buildHeader(root: HTMLElement): SidebarHeader {
  const header = el(root, "div", { cls: "nav-header mosaic-header" });
  const titleRow = el(header, "div", { cls: "mosaic-title-row" });
  const titleEl = el(titleRow, "div", { cls: "mosaic-title" });
  const badgeEl = el(titleRow, "span", { cls: "mosaic-kind-badge" });
  const tierEl = el(titleRow, "span", { cls: "mosaic-tier-pill mosaic-hidden" });
  const toolbar = el(header, "div", { cls: "mosaic-toolbar" });
  const search = el(toolbar, "div", { cls: "search-input-container mosaic-filter" });
  const input = el(search, "input", {
    attr: { type: "search", placeholder: FILTER_PLACEHOLDER, spellcheck: "false", enterkeyhint: "search" },
  });
  el(search, "div", {
    cls: "search-input-clear-button",
    attr: { "data-mosaic-action": "clear-filter", "aria-label": "Clear filter", role: "button" },
  });
  const buttons = el(toolbar, "div", { cls: "nav-buttons-container" });
  actionButton(buttons, "expand-all", "Expand all", expandAllIcon);
  actionButton(buttons, "collapse-all", "Collapse all", collapseAllIcon);
  return { header, titleEl, badgeEl, tierEl, input };
}
