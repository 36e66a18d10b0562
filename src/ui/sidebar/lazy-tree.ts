// A lazily rendered tree of Obsidian-style `.tree-item` rows: only expanded children are in the DOM, long lists page.
import { el } from "../dom";
import { highlighter, type Highlight } from "./highlight";
import { chevronIcon } from "./icons";

export type { Highlight } from "./highlight";

/** One row of the sidebar: a question, an addressing note, an outcome, a lens, a section heading... */
export interface Row {
  /** Collapse key (`path#line` for notes' lines); null for rows that never collapse. */
  key: string | null;
  /** What a click on the row opens; null makes a click toggle the row instead. */
  path: string | null;
  line: number | null;
  /** Text the filter matches; null rows show only through a matching descendant. */
  matchText: string | null;
  /** Extra classes on the `.tree-item`. */
  cls?: string[];
  /** Fills the row's `.tree-item-inner` and, optionally, its flair. */
  fill(inner: HTMLElement, flair: HTMLElement, highlight: Highlight): void;
  /** Built on first expansion (or when the filter needs it); null for leaves. */
  children: (() => Row[]) | null;
  /** Collapsed unless the user expanded it. */
  defaultCollapsed: boolean;
  /** Always shown, whatever the filter (diagnostics). */
  filterExempt?: boolean;
  /** Belongs to its parent row (a note addressing a question): shown, under a filter, when the parent matches. */
  attachment?: boolean;
  /** A small heading inside a list (a relation group): no tree item, skipped by the keyboard, shown while a row
   *  after it (before the next heading) shows. */
  label?: boolean;
}

/** How many children of one list are rendered before a "Show N more" row. */
export const PAGE_SIZE = 200;

export interface TreeState {
  /** Keys the user collapsed (persisted by the caller). */
  collapsed: Set<string>;
  /** Keys the user expanded although they are collapsed by default (kept for the session). */
  expanded: Set<string>;
  /** Keys collapsed while a filter is active (rows a filter opened); cleared when the filter changes. */
  filterCollapsed: Set<string>;
  /** How many rows of a list are shown, by the list owner's key. */
  shown: Map<string, number>;
  filter: string;
}

interface MoreInfo {
  rows: Row[];
  listKey: string;
  level: number;
}

export class LazyTree {
  private readonly childCache = new WeakMap<Row, Row[]>();
  private readonly visibleCache = new Map<Row, boolean>();
  private readonly itemRows = new WeakMap<Element, Row>();
  private readonly moreInfo = new WeakMap<Element, MoreInfo>();
  private readonly needle: string;
  private readonly highlight: Highlight;

  constructor(
    private readonly state: TreeState,
    private readonly onToggled: (key: string, expanded: boolean) => void,
  ) {
    this.needle = state.filter.trim().toLowerCase();
    this.highlight = highlighter(this.needle);
  }

  get filtering(): boolean {
    return this.needle.length > 0;
  }

  childrenOf(row: Row): Row[] {
    if (!row.children) return [];
    let list = this.childCache.get(row);
    if (!list) {
      list = row.children();
      this.childCache.set(row, list);
    }
    return list;
  }

  matches(row: Row): boolean {
    return this.filtering && row.matchText !== null && row.matchText.toLowerCase().includes(this.needle);
  }

  /** A row shows when no filter is active, it is exempt, it matches, or a descendant does. */
  visible(row: Row): boolean {
    if (!this.filtering || row.filterExempt) return true;
    const known = this.visibleCache.get(row);
    if (known !== undefined) return known;
    const result = this.matches(row) || this.childrenOf(row).some((c) => this.visible(c));
    this.visibleCache.set(row, result);
    return result;
  }

  private visibleChildren(row: Row): Row[] {
    const list = this.childrenOf(row);
    if (!this.filtering || row.filterExempt) return list;
    const parentMatches = this.matches(row);
    const kept = list.filter((c) => c.label === true || this.visible(c) || (parentMatches && c.attachment === true));
    // A heading stays only with something under it.
    return kept.filter((c, i) => c.label !== true || (kept[i + 1] !== undefined && kept[i + 1]?.label !== true));
  }

  /** Whether a filter opened this row: it has a matching descendant. */
  private openedByFilter(row: Row): boolean {
    return this.filtering && !row.filterExempt && this.childrenOf(row).some((c) => this.visible(c));
  }

  isExpanded(row: Row): boolean {
    if (!row.key) return true;
    if (this.openedByFilter(row)) return !this.state.filterCollapsed.has(row.key);
    if (this.state.collapsed.has(row.key)) return false;
    if (this.state.expanded.has(row.key)) return true;
    return !row.defaultCollapsed;
  }

  /**
   * Renders a list of rows into `parent` (first PAGE_SIZE, then a "Show N more" row) as tree items of ARIA level
   * `level`. Returns how many show.
   */
  mount(parent: HTMLElement, rows: Row[], listKey: string, filtered = false, level = 1): number {
    const visible = this.filtering && !filtered ? rows.filter((r) => this.visible(r)) : rows;
    const shown = Math.max(PAGE_SIZE, this.state.shown.get(listKey) ?? 0);
    this.appendRows(parent, visible, 0, shown, listKey, level);
    return visible.length;
  }

  private appendRows(parent: HTMLElement, rows: Row[], from: number, to: number, listKey: string, level: number): void {
    const end = Math.min(rows.length, to);
    for (let i = from; i < end; i++) {
      const row = rows[i];
      if (row) this.renderRow(parent, row, level);
    }
    if (rows.length > end) {
      const more = el(parent, "div", {
        cls: "tree-item mosaic-more",
        attr: { role: "treeitem", "aria-level": level, "aria-selected": "false", tabindex: -1 },
      });
      const self = el(more, "div", { cls: "tree-item-self is-clickable mosaic-more-self", attr: { "data-mosaic-action": "more" } });
      el(self, "div", { cls: "tree-item-inner", text: `Show ${rows.length - end} more` });
      this.moreInfo.set(more, { rows, listKey, level });
    }
  }

  private renderRow(parent: HTMLElement, row: Row, level: number): HTMLElement {
    if (row.label) {
      const label = el(parent, "div", { cls: ["mosaic-group-label", ...(row.cls ?? [])], attr: { "aria-hidden": "true" } });
      row.fill(label, label, this.highlight);
      return label;
    }
    const item = el(parent, "div", {
      cls: ["tree-item", "mosaic-row", ...(row.cls ?? [])],
      attr: { role: "treeitem", "aria-level": level, "aria-selected": "false", tabindex: -1 },
    });
    this.itemRows.set(item, row);
    const collapsible = row.key !== null && this.visibleChildren(row).length > 0;
    const self = el(item, "div", {
      cls: "tree-item-self is-clickable",
      attr: {
        "data-path": row.path ?? undefined,
        "data-line": row.path !== null && row.line !== null ? row.line : undefined,
        "data-key": row.key ?? undefined,
      },
    });
    if (collapsible) {
      self.classList.add("mod-collapsible");
      const icon = el(self, "div", {
        cls: "tree-item-icon collapse-icon",
        attr: { "data-mosaic-action": "toggle", "aria-label": "Toggle" },
      });
      chevronIcon(icon);
    }
    const inner = el(self, "div", { cls: "tree-item-inner" });
    const flair = el(self, "div", { cls: "tree-item-flair-outer" });
    row.fill(inner, flair, this.highlight);
    if (!flair.firstChild) flair.remove();
    if (collapsible) {
      if (this.isExpanded(row)) this.renderChildren(item, row);
      this.markCollapsed(item, !this.isExpanded(row));
    }
    return item;
  }

  private renderChildren(item: HTMLElement, row: Row): void {
    const box = el(item, "div", { cls: "tree-item-children", attr: { role: "group" } });
    const level = Number(item.getAttribute("aria-level") ?? "1");
    this.mount(box, this.visibleChildren(row), row.key ?? "", true, level + 1);
  }

  /** Whether the tree item's row can expand (it has children to show). */
  expandable(item: Element): boolean {
    return item.getAttribute("aria-expanded") !== null;
  }

  private markCollapsed(item: Element, collapsed: boolean): void {
    item.setAttribute("aria-expanded", String(!collapsed));
    item.classList.toggle("is-collapsed", collapsed);
    const icon = item.querySelector(":scope > .tree-item-self > .collapse-icon");
    icon?.classList.toggle("is-collapsed", collapsed);
  }

  /** Expands or collapses the `.tree-item` in place; returns false when it is not one of ours. */
  toggle(item: Element): boolean {
    const row = this.itemRows.get(item);
    if (!row || !row.key) return false;
    const expand = !this.isExpanded(row);
    this.setExpanded(row, expand, true);
    const box = item.querySelector(":scope > .tree-item-children");
    if (expand && !box) this.renderChildren(item as HTMLElement, row);
    if (!expand) box?.remove();
    this.markCollapsed(item, !expand);
    return true;
  }

  /** Records the new state; tells the caller when the user toggled the row, or when its persisted state changed. */
  private setExpanded(row: Row, expand: boolean, byUser = false): void {
    const key = row.key;
    if (!key) return;
    if (this.openedByFilter(row)) {
      if (expand) this.state.filterCollapsed.delete(key);
      else this.state.filterCollapsed.add(key);
      return;
    }
    const wasCollapsed = this.state.collapsed.has(key);
    if (expand) {
      this.state.collapsed.delete(key);
      if (row.defaultCollapsed) this.state.expanded.add(key);
    } else {
      this.state.collapsed.add(key);
      this.state.expanded.delete(key);
    }
    if (byUser || wasCollapsed === expand) this.onToggled(key, expand);
  }

  /** Replaces a "Show N more" row with the next page of rows. */
  showMore(moreItem: Element): boolean {
    const info = this.moreInfo.get(moreItem);
    const parent = moreItem.parentElement;
    if (!info || !parent) return false;
    const already = parent.querySelectorAll(":scope > .tree-item:not(.mosaic-more), :scope > .mosaic-group-label").length;
    const next = already + PAGE_SIZE;
    this.state.shown.set(info.listKey, next);
    moreItem.remove();
    this.appendRows(parent, info.rows, already, next, info.listKey, info.level);
    return true;
  }

  /** Sets every collapsible row reachable from `rows` expanded or collapsed (for Expand all / Collapse all). */
  setAll(rows: Row[], expand: boolean): void {
    const walk = (list: Row[]): void => {
      for (const row of list) {
        if (!row.children) continue;
        const kids = this.childrenOf(row);
        if (kids.length === 0) continue;
        if (row.key) this.setExpanded(row, expand);
        walk(kids);
      }
    };
    walk(rows);
  }
}

/** What a sidebar view shows: the parts above the tree, its rows, and the text when it is empty. */
export interface BodyPlan {
  /** Builds the parts above the tree (coverage bar, outcome text). */
  intro(body: HTMLElement): void;
  rows: Row[];
  /** Shown instead of the tree when `rows` holds nothing but diagnostics. */
  empty: string | null;
}
