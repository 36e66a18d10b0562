// The sidebar's header: the note's title and kind, the filter box, Expand all / Collapse all.
import type { NoteKind } from "../../core/model";
import { el } from "../dom";
import { collapseAllIcon, expandAllIcon } from "./icons";

export const FILTER_PLACEHOLDER = "Filter questions…";

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
  input: HTMLInputElement;
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
  return { header, titleEl, badgeEl, input };
}
