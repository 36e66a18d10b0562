// Keyboard focus in a rendered tree: one tab stop (roving tabindex) and the keys of tree-keys.ts applied to the DOM.
import { keyAction, typeAhead, type KeyRow } from "./tree-keys";

const ITEM = '[role="treeitem"]';
/** Type-ahead text is forgotten after this pause between keys (ms), as in Obsidian's and the OS's lists. */
const TYPE_AHEAD_PAUSE = 600;

/** What the tree does for the keyboard; the renderer implements them with the same code as clicks. */
export interface TreeFocusActions {
  /** Expands or collapses the item in place. */
  toggle(item: HTMLElement): void;
  open(item: HTMLElement, newTab: boolean): void;
  /** Runs the row's own action (a "Show N more" row). */
  action(item: HTMLElement): void;
  isExpandable(item: HTMLElement): boolean;
}

/** A row's identity across renders: its collapse key, else the place it opens, else its text. */
function rowId(item: Element): string {
  const self = item.querySelector(":scope > .tree-item-self");
  const key = self?.getAttribute("data-key");
  if (key) return `k:${key}`;
  const path = self?.getAttribute("data-path");
  if (path !== null && path !== undefined) return `p:${path}#${self?.getAttribute("data-line") ?? ""}`;
  return `t:${item.textContent ?? ""}`;
}

function labelOf(item: Element): string {
  const inner = item.querySelector(":scope > .tree-item-self > .tree-item-inner");
  const title = inner?.querySelector(".mosaic-question-text, .mosaic-note-link, .mosaic-section-title");
  return (title ?? inner)?.textContent ?? "";
}

/** A row's own buttons ("Link", "outcome"): Tab reaches them from their row while it is current, and only then. */
function setButtonsTabbable(item: Element, on: boolean): void {
  const self = item.querySelector(":scope > .tree-item-self");
  for (const b of self?.querySelectorAll('[data-mosaic-action][role="button"]') ?? []) b.setAttribute("tabindex", on ? "0" : "-1");
}

export class TreeFocus {
  private tree: HTMLElement | null = null;
  private currentId: string | null = null;
  private typed = "";
  private typedAt = -Infinity;

  constructor(private readonly actions: TreeFocusActions) {}

  /** Adopts a freshly rendered tree: sets its role and puts the tab stop back on the row it was on, if it is there. */
  attach(tree: HTMLElement, label: string, refocus: boolean): void {
    this.tree = tree;
    tree.setAttribute("role", "tree");
    tree.setAttribute("aria-label", label);
    const items = this.items();
    const again = this.currentId === null ? undefined : items.find((i) => rowId(i) === this.currentId);
    const target = again ?? items[0];
    if (target) this.setCurrent(target, refocus && again !== undefined);
  }

  /** True when keyboard focus is on a row of the tree. */
  hasFocus(): boolean {
    const active = this.tree?.ownerDocument.activeElement;
    return !!active && !!this.tree?.contains(active) && active.getAttribute("role") === "treeitem";
  }

  /** Focuses the tab-stop row (for a key that moves focus into the tree from outside, such as ArrowDown in the filter). */
  focusTree(): boolean {
    const current = this.tree?.querySelector<HTMLElement>(`${ITEM}[tabindex="0"]`) ?? this.items()[0];
    if (!current) return false;
    this.setCurrent(current, true);
    return true;
  }

  /** Makes the tree item holding `target` the tab stop (a click on a row moves the keyboard's place there too). */
  follow(target: Element): void {
    const item = target.closest<HTMLElement>(ITEM);
    if (item && this.tree?.contains(item)) this.setCurrent(item, false);
  }

  /** After a row's subtree changed: keeps exactly one tab stop, on the row still there. */
  repair(fallback: HTMLElement): void {
    const items = this.items();
    if (!items.some((i) => i.getAttribute("tabindex") === "0")) this.setCurrent(items.includes(fallback) ? fallback : (items[0] ?? fallback), false);
  }

  /** Handles a key on a tree item; returns true when it was one of the tree's keys (the caller prevents its default). */
  onKey(event: KeyboardEvent): boolean {
    // No `instanceof HTMLElement`: the plugin's tests run this against a stand-in DOM.
    const target = event.target as HTMLElement | null;
    if (!target || target.getAttribute?.("role") !== "treeitem" || !this.tree?.contains(target)) return false;
    const items = this.items();
    const rows = items.map((item) => this.keyRow(item));
    const current = items.indexOf(target);
    const action = keyAction(rows, current, { key: event.key, mod: event.ctrlKey || event.metaKey, alt: event.altKey });
    switch (action.type) {
      case "none":
        return false;
      case "search": {
        this.typed = event.timeStamp - this.typedAt > TYPE_AHEAD_PAUSE ? action.char : this.typed + action.char;
        this.typedAt = event.timeStamp;
        const hit = typeAhead(rows, current, this.typed);
        if (hit !== null && items[hit]) this.setCurrent(items[hit], true);
        return true;
      }
      case "focus":
        if (items[action.index]) this.setCurrent(items[action.index]!, true);
        return true;
      case "expand":
      case "collapse":
      case "toggle":
        this.actions.toggle(target);
        this.repair(target);
        return true;
      case "open":
        this.actions.open(target, action.newTab);
        return true;
      case "action": {
        const index = current;
        this.actions.action(target);
        // The "Show N more" row is gone: its place now holds the first of the new rows.
        const after = this.items()[index];
        if (after) this.setCurrent(after, true);
        return true;
      }
    }
  }

  private items(): HTMLElement[] {
    return this.tree ? [...this.tree.querySelectorAll<HTMLElement>(ITEM)] : [];
  }

  private keyRow(item: HTMLElement): KeyRow {
    const self = item.querySelector(":scope > .tree-item-self");
    const expandable = this.actions.isExpandable(item);
    const enter = self?.getAttribute("data-path") != null ? "open" : self?.getAttribute("data-mosaic-action") === "more" ? "action" : "none";
    return {
      level: Number(item.getAttribute("aria-level") ?? "1"),
      expandable,
      expanded: expandable && item.getAttribute("aria-expanded") === "true",
      enter,
      label: labelOf(item),
    };
  }

  private setCurrent(item: HTMLElement, focus: boolean): void {
    const previous = this.tree?.querySelectorAll<HTMLElement>(`${ITEM}[tabindex="0"]`) ?? [];
    for (const p of previous) {
      if (p === item) continue;
      p.setAttribute("tabindex", "-1");
      p.setAttribute("aria-selected", "false");
      setButtonsTabbable(p, false);
    }
    item.setAttribute("tabindex", "0");
    setButtonsTabbable(item, true);
    item.setAttribute("aria-selected", "true");
    this.currentId = rowId(item);
    if (focus) {
      item.focus({ preventScroll: true });
      item.querySelector(":scope > .tree-item-self")?.scrollIntoView?.({ block: "nearest" });
    }
  }
}
