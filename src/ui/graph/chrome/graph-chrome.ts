// The DOM around the canvas: control bar with search, stage, status and empty state, legend, and a live region.
import { kindsOf, relationsOf, type GraphData, type GraphFilter, type GraphNodeKind } from "../../../core/graph/graph-data";
import { GraphControls, type GraphControlHandlers } from "./graph-controls";
import { GraphLegend, type LegendRow } from "./legend";
import { SearchBox, type SearchHandlers } from "./search-box";

export interface ChromeHandlers extends GraphControlHandlers, SearchHandlers {
  onKind(kind: GraphNodeKind, shown: boolean): void;
}

export interface ChromeState {
  local: boolean;
  depth: number;
  kinds: LegendRow[];
  relations: { relation: string; shown: boolean }[];
  /** Gap questions in the graph (core `treeCounts` definition), shown beside the gap swatch. */
  gaps: number;
}

/** What the controls and the legend show for this data and filter. */
export function chromeState(data: GraphData, filter: GraphFilter, local: boolean, depth: number): ChromeState {
  const counts = new Map<GraphNodeKind, number>();
  for (const n of data.nodes) counts.set(n.kind, (counts.get(n.kind) ?? 0) + 1);
  return {
    local,
    depth,
    kinds: kindsOf(data).map((kind) => ({ kind, count: counts.get(kind) ?? 0, shown: !filter.kinds || filter.kinds.has(kind) })),
    relations: relationsOf(data).map((relation) => ({ relation, shown: !filter.relations || filter.relations.has(relation) })),
    gaps: data.nodes.filter((n) => n.gap).length,
  };
}

export class GraphChrome {
  readonly root: HTMLDivElement;
  readonly stage: HTMLDivElement;
  readonly canvas: HTMLCanvasElement;
  readonly search: SearchBox;
  private readonly controls: GraphControls;
  private readonly legend: GraphLegend;
  private readonly message: HTMLDivElement;
  private readonly live: HTMLDivElement;
  private legendSized = false;

  constructor(container: HTMLElement, handlers: ChromeHandlers) {
    const doc = container.ownerDocument;
    const div = (cls: string, parent: HTMLElement): HTMLDivElement => {
      const el = doc.createElement("div");
      el.className = cls;
      parent.appendChild(el);
      return el;
    };
    this.root = div("mosaic-graph", container);
    const bar = div("mosaic-graph-controls", this.root);
    this.search = new SearchBox(bar, handlers);
    this.controls = new GraphControls(bar, handlers);
    this.stage = div("mosaic-graph-stage", this.root);
    this.canvas = doc.createElement("canvas");
    this.canvas.className = "mosaic-graph-canvas";
    this.canvas.tabIndex = 0;
    this.canvas.setAttribute("role", "application");
    this.canvas.setAttribute("aria-roledescription", "graph");
    this.canvas.setAttribute("aria-label", "Mosaic graph: arrow keys walk to linked notes, enter opens, / searches");
    this.stage.appendChild(this.canvas);
    this.message = div("mosaic-graph-empty", this.stage);
    this.legend = new GraphLegend(this.stage, (kind, shown) => handlers.onKind(kind, shown));
    this.live = div("mosaic-graph-live", this.root);
    this.live.setAttribute("aria-live", "polite");
    this.root.addEventListener("keydown", this.onKey);
  }

  update(state: ChromeState): void {
    this.controls.update(state);
    this.legend.update(state.kinds, state.gaps);
    if (!this.legendSized && this.stage.clientWidth > 0) {
      // Out of the way on narrow panes: folded until asked for.
      this.legend.collapsed = this.stage.clientWidth < 700;
      this.legendSized = true;
    }
  }

  /** Pixels the open legend takes on the left, for fitting the graph beside it. */
  legendInset(): number {
    return this.legend.open ? this.legend.width + 8 : 0;
  }

  /** A message over the stage (laying out, nothing to show); null hides it. */
  status(text: string | null): void {
    this.message.textContent = text ?? "";
    this.message.classList.toggle("is-hidden", text === null);
  }

  /** Read out by screen readers: the node the keyboard or search landed on. */
  announce(text: string): void {
    this.live.textContent = text;
  }

  destroy(): void {
    this.root.removeEventListener("keydown", this.onKey);
    this.root.remove();
  }

  private readonly onKey = (event: KeyboardEvent): void => {
    const target = event.target as HTMLElement | null;
    if (event.key !== "/" || target?.tagName === "INPUT" || target?.tagName === "TEXTAREA") return;
    event.preventDefault();
    this.search.focus();
  };
}


