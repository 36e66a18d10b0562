// The Mosaic sidebar: header, filter and lazily rendered tree for the active note's SidebarModel; plain DOM, no obsidian.
import type { SidebarModel, TreeNode } from "../../core/model";
import { clear, closestInside, el } from "../dom";
import { LazyTree, type TreeState } from "./lazy-tree";
import { emptyState } from "./parts";
import { buildHeader, KIND_LABELS, showNoteKind, type SidebarHeader } from "./sidebar-header";
import { openLink, pointerListeners } from "./row-pointer";
import { TreeFocus } from "./tree-focus";
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

export { FILTER_PLACEHOLDER } from "./sidebar-header";

export class SidebarRenderer {
  private readonly root: HTMLElement;
  private readonly header: HTMLElement;
  private readonly titleEl: HTMLElement;
  private readonly head: SidebarHeader;
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
  private readonly focus: TreeFocus;

  constructor(
    private readonly container: HTMLElement,
    private readonly handlers: SidebarHandlers,
  ) {
    this.root = el(container, "div", { cls: "mosaic-sidebar" });
    this.head = buildHeader(this.root);
    ({ header: this.header, titleEl: this.titleEl, input: this.input } = this.head);
    this.focus = new TreeFocus({
      toggle: (item) => this.toggleItem(item),
      open: (item, newTab) => {
        const self = item.querySelector<HTMLElement>(":scope > .tree-item-self[data-path]");
        if (self) openLink(this.handlers, self, newTab);
      },
      action: (item) => this.tree?.showMore(item),
      isExpandable: (item) => this.tree?.expandable(item) ?? false,
    });
    this.body = el(this.root, "div", { cls: "mosaic-body" });
    this.treeState = { collapsed: this.state.collapsed, expanded: new Set(), filterCollapsed: new Set(), shown: new Map(), filter: "" };

    this.listeners = [
      ["click", (e) => this.onClick(e as MouseEvent)],
      ...pointerListeners(container, handlers),
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
    const hadFocus = this.focus.hasFocus();
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
    showNoteKind(this.head, model.note.kind, model.note.tier);

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
    this.focus.attach(list, `${KIND_LABELS[model.note.kind] ?? "Note"} ${model.note.title}`, hadFocus);
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
        if (item) this.toggleItem(item as HTMLElement);
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

  private toggleItem(item: HTMLElement): void {
    this.tree?.toggle(item);
    this.focus.repair(item);
  }

  private onClick(event: MouseEvent): void {
    const row = closestInside(event, '[role="treeitem"]', this.container);
    if (row) this.focus.follow(row);
    const actionEl = closestInside(event, "[data-mosaic-action]", this.container);
    if (actionEl) {
      this.runAction(actionEl.dataset.mosaicAction ?? "", actionEl);
      return;
    }
    const link = closestInside(event, "[data-path]", this.container);
    if (link) {
      event.preventDefault();
      openLink(this.handlers, link, event.metaKey || event.ctrlKey);
      return;
    }
    // Rows that stand for no note (section headings) toggle on a click anywhere on them.
    const self = closestInside(event, ".tree-item-self", this.container);
    const item = self?.parentElement;
    if (item && self.classList.contains("mod-collapsible")) this.toggleItem(item);
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
      if (event.key === "ArrowDown" && this.focus.focusTree()) event.preventDefault();
      return;
    }
    if (this.focus.onKey(event)) {
      event.preventDefault();
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
