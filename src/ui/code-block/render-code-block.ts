// Renders a ```mosaic code block: a question tree (the sidebar's rows), a coverage table or a module's outcomes; plain DOM.
import type { NoteRef, OutcomeEntry, TreeNode } from "../../core/model";
import { clear, closestInside, el, text } from "../dom";
import { LazyTree, type TreeState } from "../sidebar/lazy-tree";
import { emptyState, pill } from "../sidebar/parts";
import { questionDefaults, questionRows } from "../sidebar/question-rows";

export interface CoverageRow {
  problem: NoteRef;
  /** Leaf questions (what coverage counts) and how many of them some note addresses. */
  leaves: number;
  addressed: number;
  /** 0..1 */
  coverage: number;
}

/** What one line of the block shows, resolved by the caller from the index. */
export type BlockSection =
  | { kind: "tree"; note: NoteRef; root: TreeNode; coverage: number | null }
  | { kind: "coverage"; rows: CoverageRow[] }
  | { kind: "outcomes"; module: NoteRef; outcomes: OutcomeEntry[] }
  | { kind: "message"; text: string };

export interface BlockHandlers {
  /** A click on a row or link standing for a note (Mod-click or middle-click: `newTab`). */
  open(path: string, line: number | null, newTab: boolean): void;
  /** The pointer entered such an element (the plugin fires Obsidian's page preview). */
  hover?(event: MouseEvent, path: string, targetEl: HTMLElement): void;
}

export interface BlockOptions {
  /** Tree rows at this depth and deeper start collapsed; null: the sidebar's defaults. */
  depth: number | null;
  showAddressers: boolean;
}

export const MESSAGE_PREFIX = "mosaic: ";
export const NO_SOURCE = "(no source:: link)";

function percent(value: number): string {
  return `${Math.round(Math.max(0, Math.min(1, value)) * 100)}%`;
}

/** A link-styled element that opens `path` through the block's click handler. */
function noteAnchor(parent: HTMLElement, ref: NoteRef, cls: string, label = ref.title): HTMLElement {
  return el(parent, "a", { cls: ["mosaic-block-link", cls], text: label, title: ref.path, attr: { "data-path": ref.path, href: "#" } });
}

export class CodeBlockRenderer {
  private readonly root: HTMLElement;
  /** Collapse state survives re-renders (index changes), so a reader's expanded rows stay expanded. */
  private readonly treeState: TreeState = { collapsed: new Set(), expanded: new Set(), filterCollapsed: new Set(), shown: new Map(), filter: "" };
  private trees: LazyTree[] = [];
  private readonly listeners: [string, EventListener][];

  constructor(
    private readonly container: HTMLElement,
    private readonly handlers: BlockHandlers,
  ) {
    this.root = el(container, "div", { cls: "mosaic-sidebar mosaic-code-block" });
    this.listeners = [
      ["click", (e) => this.onClick(e as MouseEvent, false)],
      ["auxclick", (e) => this.onClick(e as MouseEvent, true)],
      ["mouseover", (e) => this.onMouseOver(e as MouseEvent)],
      ["keydown", (e) => this.onKeyDown(e as KeyboardEvent)],
    ];
    for (const [type, fn] of this.listeners) this.root.addEventListener(type, fn);
  }

  get element(): HTMLElement {
    return this.root;
  }

  render(sections: readonly BlockSection[], options: BlockOptions): void {
    clear(this.root);
    this.trees = [];
    for (const section of sections) {
      switch (section.kind) {
        case "tree":
          this.renderTree(section, options);
          break;
        case "coverage":
          this.renderCoverage(section.rows);
          break;
        case "outcomes":
          this.renderOutcomes(section.module, section.outcomes);
          break;
        case "message":
          el(this.root, "div", { cls: "mosaic-block-message", text: `${MESSAGE_PREFIX}${section.text}` });
          break;
      }
    }
  }

  destroy(): void {
    for (const [type, fn] of this.listeners) this.root.removeEventListener(type, fn);
    this.root.remove();
    this.trees = [];
  }

  private heading(section: HTMLElement, ref: NoteRef, extra: string | null): void {
    const head = el(section, "div", { cls: "mosaic-block-heading" });
    noteAnchor(head, ref, "mosaic-block-title");
    if (extra !== null) el(head, "span", { cls: "mosaic-block-meta", text: extra });
  }

  private renderTree(section: Extract<BlockSection, { kind: "tree" }>, options: BlockOptions): void {
    const box = el(this.root, "div", { cls: "mosaic-block-section mosaic-block-tree" });
    this.heading(box, section.note, section.coverage === null ? null : `${percent(section.coverage)} covered`);
    if (section.root.children.length === 0) {
      emptyState(box, "No questions yet: write them as a nested list in the note.");
      return;
    }
    const defaults = questionDefaults(section.root, options.showAddressers);
    const rows = questionRows(section.root.children, options.depth === null ? defaults : { ...defaults, maxDepth: options.depth });
    const tree = new LazyTree(this.treeState, () => undefined);
    this.trees.push(tree);
    tree.mount(el(box, "div", { cls: "mosaic-tree" }), rows, `${section.note.path}#mosaic-block`);
  }

  private renderCoverage(rows: readonly CoverageRow[]): void {
    const box = el(this.root, "div", { cls: "mosaic-block-section mosaic-block-coverage" });
    if (rows.length === 0) {
      emptyState(box, "No problem notes yet: tag a note `#problem` and write its questions as a nested list.");
      return;
    }
    const table = el(box, "table", { cls: "mosaic-coverage-table" });
    const head = el(el(table, "thead"), "tr");
    el(head, "th", { text: "Problem" });
    el(head, "th", { text: "Questions", title: "Leaf questions: the ones coverage counts" });
    el(head, "th", { text: "Addressed", title: "Leaf questions some note addresses" });
    el(head, "th", { text: "Coverage" });
    const body = el(table, "tbody");
    for (const row of rows) {
      const tr = el(body, "tr", { cls: "mosaic-coverage-row" });
      noteAnchor(el(tr, "td", { cls: "mosaic-coverage-problem" }), row.problem, "mosaic-note-link");
      el(tr, "td", { cls: "mosaic-number", text: String(row.leaves) });
      el(tr, "td", { cls: "mosaic-number", text: String(row.addressed) });
      const cell = el(tr, "td", { cls: "mosaic-coverage-cell" });
      const pct = percent(row.coverage);
      el(cell, "progress", { cls: "mosaic-coverage-bar", attr: { max: 100, value: pct.slice(0, -1), "aria-label": `Coverage ${pct}` } });
      el(cell, "span", { cls: "mosaic-coverage-value", text: pct });
    }
  }

  private renderOutcomes(module: NoteRef, outcomes: readonly OutcomeEntry[]): void {
    const box = el(this.root, "div", { cls: "mosaic-block-section mosaic-block-outcomes" });
    this.heading(box, module, `${outcomes.length} learning ${outcomes.length === 1 ? "outcome" : "outcomes"}`);
    if (outcomes.length === 0) {
      emptyState(box, "No learning outcome yet. Add a `# Learning Outcome:` section with `source:: [[…]]`.");
      return;
    }
    const list = el(box, "ol", { cls: "mosaic-outcome-list" });
    for (const o of outcomes) {
      const li = el(list, "li", { cls: o.optional ? "mosaic-outcome mosaic-optional" : "mosaic-outcome" });
      if (o.ref) noteAnchor(li, { ...o.ref, title: o.title }, "mosaic-note-link");
      else {
        const missing = o.target.trim() === "";
        el(li, "span", {
          cls: "mosaic-raw-target",
          text: missing ? NO_SOURCE : o.target,
          title: missing ? "This outcome has no source:: link" : "This link does not resolve to a note",
        });
        text(li, " ");
        pill(li, "missing", "missing");
      }
      if (o.optional) pill(li, "optional", "optional", "optional:: true");
    }
  }


  private onClick(event: MouseEvent, aux: boolean): void {
    if (aux && event.button !== 1) return;
    const toggle = closestInside(event, "[data-mosaic-action]", this.root);
    if (toggle && !aux) {
      event.preventDefault();
      this.runAction(toggle);
      return;
    }
    const link = closestInside(event, "[data-path]", this.root);
    if (!link) {
      const self = closestInside(event, ".tree-item-self.mod-collapsible", this.root);
      if (self?.parentElement && !aux) this.toggle(self.parentElement);
      return;
    }
    event.preventDefault();
    const path = link.dataset.path;
    if (path === undefined) return;
    const line = link.dataset.line === undefined ? null : Number(link.dataset.line);
    this.handlers.open(path, line !== null && Number.isFinite(line) ? line : null, aux || event.metaKey || event.ctrlKey);
  }

  private runAction(actionEl: HTMLElement): void {
    const item = actionEl.closest(".tree-item");
    if (!item) return;
    if (actionEl.dataset.mosaicAction === "toggle") this.toggle(item);
    else if (actionEl.dataset.mosaicAction === "more") for (const tree of this.trees) if (tree.showMore(item)) break;
  }

  private toggle(item: Element): void {
    for (const tree of this.trees) if (tree.toggle(item)) return;
  }

  private onMouseOver(event: MouseEvent): void {
    const link = closestInside(event, "[data-path]", this.root);
    if (!link || !this.handlers.hover) return;
    const from = event.relatedTarget as Node | null;
    if (from && typeof from.nodeType === "number" && link.contains(from)) return;
    const path = link.dataset.path;
    if (path !== undefined) this.handlers.hover(event, path, link);
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key !== "Enter" && event.key !== " ") return;
    const actionEl = closestInside(event, "[data-mosaic-action]", this.root);
    if (actionEl && event.target === actionEl) {
      event.preventDefault();
      this.runAction(actionEl);
    }
  }
}
