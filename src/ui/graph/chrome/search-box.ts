// The graph's search box: fuzzy by title and alias; the list's choice is centred and selected, all matches ringed.
import type { GraphNode } from "../../../core/graph/graph-data";
import { KIND_LABELS } from "./legend";

export interface SearchHandlers {
  find(query: string): GraphNode[];
  /** Matches to ring while the query is typed (empty clears). */
  matches(nodes: GraphNode[]): void;
  pick(node: GraphNode): void;
}

const SHOWN = 8;

export class SearchBox {
  readonly input: HTMLInputElement;
  private readonly list: HTMLUListElement;
  private hits: GraphNode[] = [];
  private active = 0;

  constructor(parent: HTMLElement, private readonly handlers: SearchHandlers) {
    const doc = parent.ownerDocument;
    const wrap = doc.createElement("div");
    wrap.className = "mosaic-graph-search";
    this.input = doc.createElement("input");
    this.input.type = "search";
    this.input.className = "mosaic-graph-search-input";
    this.input.placeholder = "Find a note… ( / )";
    this.input.setAttribute("aria-label", "Find a note in the graph");
    this.input.setAttribute("role", "combobox");
    this.input.setAttribute("aria-autocomplete", "list");
    this.input.setAttribute("aria-expanded", "false");
    this.list = doc.createElement("ul");
    this.list.className = "mosaic-graph-search-results";
    this.list.setAttribute("role", "listbox");
    this.list.id = `mosaic-graph-search-${Math.random().toString(36).slice(2, 8)}`;
    this.input.setAttribute("aria-controls", this.list.id);
    wrap.append(this.input, this.list);
    parent.appendChild(wrap);
    this.input.addEventListener("input", () => this.refresh());
    this.input.addEventListener("keydown", (event) => this.onKey(event));
    this.input.addEventListener("blur", () => wrap.ownerDocument.defaultView?.setTimeout(() => this.close(), 150));
    this.input.addEventListener("focus", () => this.refresh());
  }

  focus(): void {
    this.input.focus();
    this.input.select();
  }

  private refresh(): void {
    this.hits = this.handlers.find(this.input.value);
    this.active = 0;
    this.handlers.matches(this.hits);
    this.render();
  }

  private render(): void {
    const doc = this.list.ownerDocument;
    this.list.replaceChildren();
    this.hits.slice(0, SHOWN).forEach((node, i) => {
      const item = doc.createElement("li");
      item.className = `mosaic-graph-search-result${i === this.active ? " is-active" : ""}`;
      item.setAttribute("role", "option");
      item.setAttribute("aria-selected", String(i === this.active));
      const title = doc.createElement("span");
      title.className = "mosaic-graph-search-title";
      title.textContent = node.label;
      const kind = doc.createElement("span");
      kind.className = "mosaic-graph-search-kind";
      kind.textContent = KIND_LABELS[node.kind];
      item.append(title, kind);
      // mousedown, not click: the input's blur would close the list before a click lands.
      item.addEventListener("mousedown", (event) => {
        event.preventDefault();
        this.choose(i);
      });
      this.list.appendChild(item);
    });
    this.input.setAttribute("aria-expanded", String(this.hits.length > 0));
  }

  private onKey(event: KeyboardEvent): void {
    const count = Math.min(SHOWN, this.hits.length);
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (count === 0) return;
      this.active = (this.active + (event.key === "ArrowDown" ? 1 : count - 1)) % count;
      this.render();
    } else if (event.key === "Enter") {
      event.preventDefault();
      this.choose(this.active);
    } else if (event.key === "Escape") {
      event.preventDefault();
      this.input.value = "";
      this.refresh();
      this.close();
    }
  }

  private choose(i: number): void {
    const node = this.hits[i];
    if (!node) return;
    this.handlers.pick(node);
    this.close();
  }

  private close(): void {
    this.list.replaceChildren();
    this.input.setAttribute("aria-expanded", "false");
  }
}
