// The Mosaic sidebar: header, filter and lazily rendered tree for the active note's SidebarModel; plain DOM, no obsidian.
import type { NoteKind, SidebarModel, TreeNode } from "../../core/model";
import { clear, closestInside, el } from "../dom";
import { collapseAllIcon, expandAllIcon } from "./icons";
import { LazyTree, type TreeState } from "./lazy-tree";
import { emptyState } from "./parts";
import { suggestionTarget, type SuggestionSource } from "./suggestion-rows";
import type { BodyPlan } from "./lazy-tree";
import { EMPTY_NO_NOTE, planBody } from "./views";

export interface SidebarHandlers {
  /** Click, Mod-click (metaKey || ctrlKey: newTab) or middle-click (newTab) on a row that stands for a note or line. */
  open(path: string, line: number | null, newTab: boolean): void;
  /** The pointer entered a row standing for a note: the plugin fires Obsidian's hover-link. */
  hover(event: MouseEvent, path: string, targetEl: HTMLElement): void;
  /** Right-click on such a row: the plugin shows the file menu. */
  contextMenu(event: MouseEvent, path: string): void;
  /** Collapse state changed (the renderer has already updated `state.collapsed`; the caller persists it). */
  toggled?(key: string, expanded: boolean): void;
  /** The "Link" button of a suggested source under a gap: link `sourcePath` to the question `node` (after a preview). */
  linkSuggestion?(sourcePath: string, node: TreeNode): void;
}

/**
 * What the caller keeps between renders. The renderer writes the user's changes into this object (collapsing adds
 * and removes keys of `collapsed`, typing sets `filter`), so keep passing the same object.
 */
export interface SidebarState {
  /** Keys (`path#line`) of rows the user collapsed. */
  collapsed: Set<string>;
  filter: string;
  showAddressers: boolean;
  showDiagnostics: boolean;
  /** Reading suggestions for a problem view; absent or null shows none. */
  suggestions?: SuggestionSource | null;
}

export const FILTER_PLACEHOLDER = "Filter questions…";

const KIND_LABELS: Record<NoteKind, string> = {
  problem: "Problem",
  module: "Module",
  "learning-outcome": "Learning outcome",
  lens: "Lens",
  course: "Course",
  source: "Source",
  other: "Note",
};

function actionButton(parent: HTMLElement, action: string, label: string, draw: (p: Element) => void): void {
  const button = el(parent, "div", {
    cls: "clickable-icon nav-action-button",
    attr: { "data-mosaic-action": action, "aria-label": label, role: "button", tabindex: 0 },
    title: label,
  });
  draw(button);
}

export class SidebarRenderer {
  private readonly root: HTMLElement;
  private readonly header: HTMLElement;
  private readonly titleEl: HTMLElement;
  private readonly badgeEl: HTMLElement;
  private readonly input: HTMLInputElement;
  private readonly body: HTMLElement;
  private model: SidebarModel | null | undefined = undefined;
  private state: SidebarState = { collapsed: new Set(), filter: "", showAddressers: true, showDiagnostics: true };
  private seen: { filter: string; showAddressers: boolean; showDiagnostics: boolean; collapsedSize: number; suggestions?: SuggestionSource | null } = {
    filter: "",
    showAddressers: true,
    showDiagnostics: true,
    collapsedSize: 0,
  };
  private readonly treeState: TreeState;
  private tree: LazyTree | null = null;
  private plan: BodyPlan | null = null;
  private readonly listeners: [string, EventListener][];

  constructor(
    private readonly container: HTMLElement,
    private readonly handlers: SidebarHandlers,
  ) {
    this.root = el(container, "div", { cls: "mosaic-sidebar" });
    this.header = el(this.root, "div", { cls: "nav-header mosaic-header" });
    const titleRow = el(this.header, "div", { cls: "mosaic-title-row" });
    this.titleEl = el(titleRow, "div", { cls: "mosaic-title" });
    this.badgeEl = el(titleRow, "span", { cls: "mosaic-kind-badge" });
    const toolbar = el(this.header, "div", { cls: "mosaic-toolbar" });
    const search = el(toolbar, "div", { cls: "search-input-container mosaic-filter" });
    this.input = el(search, "input", {
      attr: { type: "search", placeholder: FILTER_PLACEHOLDER, spellcheck: "false", enterkeyhint: "search" },
    });
    el(search, "div", {
      cls: "search-input-clear-button",
      attr: { "data-mosaic-action": "clear-filter", "aria-label": "Clear filter", role: "button" },
    });
    const buttons = el(toolbar, "div", { cls: "nav-buttons-container" });
    actionButton(buttons, "expand-all", "Expand all", expandAllIcon);
    actionButton(buttons, "collapse-all", "Collapse all", collapseAllIcon);
    this.body = el(this.root, "div", { cls: "mosaic-body" });
    this.treeState = { collapsed: this.state.collapsed, expanded: new Set(), filterCollapsed: new Set(), shown: new Map(), filter: "" };

    this.listeners = [
      ["click", (e) => this.onClick(e as MouseEvent)],
      ["auxclick", (e) => this.onAuxClick(e as MouseEvent)],
      ["mouseover", (e) => this.onMouseOver(e as MouseEvent)],
      ["contextmenu", (e) => this.onContextMenu(e as MouseEvent)],
      ["input", (e) => this.onInput(e)],
      ["keydown", (e) => this.onKeyDown(e as KeyboardEvent)],
    ];
    for (const [type, fn] of this.listeners) container.addEventListener(type, fn);
  }

  /** Shows `model` (null: no note). Does nothing when neither the model nor the state changed since the last call. */
  render(model: SidebarModel | null, state: SidebarState): void {
    const unchanged =
      model === this.model &&
      state === this.state &&
      state.filter === this.seen.filter &&
      state.showAddressers === this.seen.showAddressers &&
      state.showDiagnostics === this.seen.showDiagnostics &&
      (state.suggestions ?? null) === (this.seen.suggestions ?? null) &&
      state.collapsed.size === this.seen.collapsedSize;
    if (unchanged) return;
    if (model?.note.path !== this.model?.note.path) {
      this.treeState.expanded.clear();
      this.treeState.shown.clear();
      this.treeState.filterCollapsed.clear();
    }
    this.model = model;
    this.state = state;
    this.treeState.collapsed = state.collapsed;
    this.update();
  }

  /** Filters the tree by text (a row shows when it or a descendant contains the text, case-insensitive). */
  setFilter(value: string): void {
    if (this.input.value !== value) this.input.value = value;
    if (value === this.state.filter) return;
    this.state.filter = value;
    this.treeState.filterCollapsed.clear();
    this.update();
  }

  destroy(): void {
    for (const [type, fn] of this.listeners) this.container.removeEventListener(type, fn);
    this.root.remove();
    this.tree = null;
    this.plan = null;
  }

  private update(): void {
    const state = this.state;
    this.seen = {
      filter: state.filter,
      showAddressers: state.showAddressers,
      showDiagnostics: state.showDiagnostics,
      collapsedSize: state.collapsed.size,
      suggestions: state.suggestions ?? null,
    };
    this.treeState.filter = state.filter;
    if (this.input.value !== state.filter) this.input.value = state.filter;
    this.root.classList.toggle("mosaic-has-filter", state.filter !== "");
    const scroll = this.container.scrollTop;
    clear(this.body);
    const model = this.model ?? null;
    this.header.classList.toggle("mosaic-hidden", model === null);
    for (const c of [...this.root.classList]) if (c.startsWith("mosaic-kind-")) this.root.classList.remove(c);
    if (!model) {
      this.tree = null;
      this.plan = null;
      emptyState(this.body, EMPTY_NO_NOTE);
      return;
    }
    this.root.classList.add(`mosaic-kind-${model.kind}`);
    this.titleEl.textContent = model.note.title;
    this.titleEl.title = model.note.path;
    this.badgeEl.textContent = KIND_LABELS[model.note.kind] ?? model.note.kind;

    const plan = planBody(model, {
      showAddressers: state.showAddressers,
      showDiagnostics: state.showDiagnostics,
      suggestions: state.suggestions ?? null,
    });
    const tree = new LazyTree(this.treeState, (key, expanded) => this.toggled(key, expanded));
    this.plan = plan;
    this.tree = tree;
    plan.intro(this.body);
    if (plan.empty) emptyState(this.body, plan.empty);
    const list = el(this.body, "div", { cls: "mosaic-tree" });
    tree.mount(list, plan.rows, `${model.note.path}#mosaic-top`);
    if (tree.filtering && !plan.rows.some((r) => !r.filterExempt && tree.visible(r))) {
      const none = emptyState(this.body, `Nothing matches “${state.filter.trim()}”.`);
      this.body.insertBefore(none, list);
    }
    // Restoring the scroll position forces a layout; only pay for it when there is one to restore.
    if (scroll > 0) this.container.scrollTop = scroll;
  }

  private toggled(key: string, expanded: boolean): void {
    this.seen.collapsedSize = this.state.collapsed.size;
    this.handlers.toggled?.(key, expanded);
  }


  private runAction(action: string, actionEl: HTMLElement): void {
    const item = actionEl.closest(".tree-item");
    switch (action) {
      case "toggle":
        if (item) this.tree?.toggle(item);
        break;
      case "more":
        if (item) this.tree?.showMore(item);
        break;
      case "expand-all":
      case "collapse-all":
        if (this.tree && this.plan) {
          this.tree.setAll(this.plan.rows, action === "expand-all");
          this.seen.collapsedSize = -1;
          this.update();
        }
        break;
      case "link-suggestion": {
        const target = suggestionTarget(actionEl);
        if (target) this.handlers.linkSuggestion?.(target.sourcePath, target.node);
        break;
      }
      case "sentence": {
        const shown = item?.classList.toggle("mosaic-sentence-shown") ?? false;
        actionEl.setAttribute("aria-expanded", String(shown));
        break;
      }
      case "clear-filter":
        this.setFilter("");
        this.input.focus();
        break;
    }
  }

  private onClick(event: MouseEvent): void {
    const actionEl = closestInside(event, "[data-mosaic-action]", this.container);
    if (actionEl) {
      this.runAction(actionEl.dataset.mosaicAction ?? "", actionEl);
      return;
    }
    const link = closestInside(event, "[data-path]", this.container);
    if (link) {
      event.preventDefault();
      this.openLink(link, event.metaKey || event.ctrlKey);
      return;
    }
    // Rows that stand for no note (section headings) toggle on a click anywhere on them.
    const self = closestInside(event, ".tree-item-self", this.container);
    const item = self?.parentElement;
    if (item && self.classList.contains("mod-collapsible")) this.tree?.toggle(item);
  }

  private onAuxClick(event: MouseEvent): void {
    if (event.button !== 1) return;
    const link = closestInside(event, "[data-path]", this.container);
    if (!link) return;
    event.preventDefault();
    this.openLink(link, true);
  }

  private openLink(link: HTMLElement, newTab: boolean): void {
    const path = link.dataset.path;
    if (path === undefined) return;
    const line = link.dataset.line === undefined ? null : Number(link.dataset.line);
    this.handlers.open(path, line !== null && Number.isFinite(line) ? line : null, newTab);
  }

  private onMouseOver(event: MouseEvent): void {
    const link = closestInside(event, "[data-path]", this.container);
    if (!link) return;
    const from = event.relatedTarget as Node | null;
    if (from && typeof from.nodeType === "number" && link.contains(from)) return;
    const path = link.dataset.path;
    if (path !== undefined) this.handlers.hover(event, path, link);
  }

  private onContextMenu(event: MouseEvent): void {
    const link = closestInside(event, "[data-path]", this.container);
    const path = link?.dataset.path;
    if (path === undefined) return;
    event.preventDefault();
    this.handlers.contextMenu(event, path);
  }

  private onInput(event: Event): void {
    if (event.target === this.input) this.setFilter(this.input.value);
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.target === this.input) {
      if (event.key === "Escape" && this.input.value !== "") {
        event.preventDefault();
        this.setFilter("");
      }
      return;
    }
    if (event.key !== "Enter" && event.key !== " ") return;
    const actionEl = closestInside(event, "[data-mosaic-action]", this.container);
    if (actionEl && event.target === actionEl) {
      event.preventDefault();
      this.runAction(actionEl.dataset.mosaicAction ?? "", actionEl);
    }
  }
}
