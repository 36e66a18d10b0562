// The Mosaic graph on a canvas: d3-force layout ticked within a frame budget, d3-zoom/d3-drag, quadtree hit-testing.
import {
  drag,
  forceCenter,
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  quadtree,
  select,
  zoom,
  zoomIdentity,
  type D3DragEvent,
  type Quadtree,
  type Simulation,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
  type ZoomBehavior,
  type ZoomTransform,
} from "d3";
import {
  filterGraph,
  kindsOf,
  neighbourhood,
  relationsOf,
  SUBQUESTION,
  type GraphData,
  type GraphFilter,
  type GraphNode,
  type GraphNodeKind,
} from "../../core/graph/graph-data";
import { GraphControls } from "./graph-controls";
import { readGraphTheme, type GraphTheme } from "./graph-theme";

export interface GraphHandlers {
  open(path: string, line: number | null, newTab: boolean): void;
  hover?(path: string, el: HTMLElement, event: MouseEvent): void;
}

export interface GraphStats {
  nodes: number;
  links: number;
  settled: boolean;
  lastFrameMs: number;
  medianFrameMs: number;
}

interface SimNode extends SimulationNodeDatum {
  id: string;
  data: GraphNode;
  r: number;
  x: number;
  y: number;
}

interface SimLink extends SimulationLinkDatum<SimNode> {
  source: SimNode;
  target: SimNode;
  relation: string;
}

interface DragSubject {
  node: SimNode;
  x: number;
  y: number;
}

/** Simulation ticks stop for the frame once this much time is spent, so the page stays responsive. */
const TICK_BUDGET_MS = 8;
/** Labels appear beyond this zoom factor (always for hovered and highlighted nodes). */
const LABEL_ZOOM = 1.1;
const MAX_LABELS = 300;
const FRAME_SAMPLES = 120;
/** Below this radius on screen (CSS px) nodes are drawn as squares. */
const TINY_PX = 2;

export class GraphRenderer {
  private readonly root: HTMLDivElement;
  private readonly stage: HTMLDivElement;
  private readonly canvas: HTMLCanvasElement;
  private readonly ctx: CanvasRenderingContext2D;
  private readonly empty: HTMLDivElement;
  private readonly controls: GraphControls;
  private readonly win: Window;
  private readonly zoomBehavior: ZoomBehavior<HTMLCanvasElement, unknown>;
  private readonly resizeObserver: ResizeObserver | null;
  private theme: GraphTheme;

  private data: GraphData = { nodes: [], links: [] };
  private filter: GraphFilter = { kinds: null, relations: null };
  private local = false;
  private focusId: string | null = null;
  private depth = 2;

  private nodes: SimNode[] = [];
  private links: SimLink[] = [];
  private byId = new Map<string, SimNode>();
  private neighbours = new Map<SimNode, Set<SimNode>>();
  private byKind = new Map<GraphNodeKind, SimNode[]>();
  private simulation: Simulation<SimNode, SimLink>;
  private tree: Quadtree<SimNode> | null = null;
  private maxRadius = 1;

  private transform: ZoomTransform = zoomIdentity;
  private width = 0;
  private height = 0;
  private dpr = 1;
  private hovered: SimNode | null = null;
  private highlightedId: string | null = null;
  private dragging: SimNode | null = null;
  private settled = true;
  private userMoved = false;
  private rafId = 0;
  private frameTimes: number[] = [];
  private lastFrameMs = 0;
  private destroyed = false;

  constructor(container: HTMLElement, private readonly handlers: GraphHandlers) {
    const doc = container.ownerDocument;
    this.win = doc.defaultView ?? window;
    this.root = doc.createElement("div");
    this.root.className = "mosaic-graph";
    container.appendChild(this.root);
    const bar = doc.createElement("div");
    bar.className = "mosaic-graph-controls";
    this.root.appendChild(bar);
    this.stage = doc.createElement("div");
    this.stage.className = "mosaic-graph-stage";
    this.root.appendChild(this.stage);
    this.canvas = doc.createElement("canvas");
    this.canvas.className = "mosaic-graph-canvas";
    this.stage.appendChild(this.canvas);
    this.empty = doc.createElement("div");
    this.empty.className = "mosaic-graph-empty";
    this.stage.appendChild(this.empty);
    const ctx = this.canvas.getContext("2d");
    if (!ctx) throw new Error("Canvas 2D context unavailable");
    this.ctx = ctx;
    this.theme = readGraphTheme(this.root, ctx);

    this.controls = new GraphControls(bar, this.stage, {
      onMode: (local) => this.setLocal(local ? this.focusId ?? this.highlightedId ?? this.defaultFocus() : null, this.depth),
      onDepth: (depth) => this.setLocal(this.focusId, depth),
      onKind: (kind, shown) => this.setFilter({ ...this.filter, kinds: toggled(this.filter.kinds, kindsOf(this.data), kind, shown) }),
      onRelation: (relation, shown) =>
        this.setFilter({ ...this.filter, relations: toggled(this.filter.relations, relationsOf(this.data), relation, shown) }),
      onFit: () => this.fit(),
    });

    this.simulation = forceSimulation<SimNode, SimLink>([]).stop();

    this.zoomBehavior = zoom<HTMLCanvasElement, unknown>()
      .scaleExtent([0.02, 16])
      .on("zoom", (event: { transform: ZoomTransform; sourceEvent: Event | null }) => {
        this.transform = event.transform;
        if (event.sourceEvent) this.userMoved = true;
        this.requestFrame();
      });
    const canvasSel = select<HTMLCanvasElement, unknown>(this.canvas);
    // Drag first: when it finds a node under the pointer it stops the event before zoom starts a pan.
    canvasSel.call(
      drag<HTMLCanvasElement, unknown, DragSubject>()
        .container(() => this.canvas)
        .subject((event: { x: number; y: number }) => {
          const node = this.nodeAtScreen(event.x, event.y);
          // d3-drag ignores a gesture whose subject is null, leaving it to d3-zoom (a pan); its types omit null.
          return node ? { node, x: this.transform.applyX(node.x), y: this.transform.applyY(node.y) } : (null as unknown as DragSubject);
        })
        .on("start", (event: D3DragEvent<HTMLCanvasElement, unknown, { node: SimNode }>) => this.dragStart(event))
        .on("drag", (event: D3DragEvent<HTMLCanvasElement, unknown, { node: SimNode }>) => this.dragMove(event))
        .on("end", () => this.dragEnd()),
    );
    canvasSel.call(this.zoomBehavior).on("dblclick.zoom", null);

    this.canvas.addEventListener("mousemove", this.onMouseMove);
    this.canvas.addEventListener("mouseleave", this.onMouseLeave);
    this.canvas.addEventListener("click", this.onClick);
    const RO = (this.win as Window & { ResizeObserver?: typeof ResizeObserver }).ResizeObserver;
    this.resizeObserver = RO ? new RO(() => this.resize()) : null;
    this.resizeObserver?.observe(this.stage);
    this.resize();
    this.syncControls();
  }

  setData(data: GraphData): void {
    this.data = data;
    if (this.highlightedId && !data.nodes.some((n) => n.id === this.highlightedId)) this.highlightedId = null;
    this.rebuild();
  }

  setFilter(filter: GraphFilter): void {
    this.filter = filter;
    this.rebuild();
  }

  /** Local mode around `nodeId` within `depth` links; null returns to the global graph. */
  setLocal(nodeId: string | null, depth: number): void {
    this.depth = Math.max(1, Math.min(5, Math.round(depth)));
    this.local = nodeId !== null;
    if (nodeId !== null) this.focusId = nodeId;
    this.userMoved = false;
    this.rebuild();
  }

  /** The node local mode centres on (the plugin passes the active note); re-centres if local mode is on. */
  setFocus(nodeId: string | null): void {
    if (nodeId === this.focusId) return;
    this.focusId = nodeId;
    if (this.local) {
      this.userMoved = false;
      this.rebuild();
    }
  }

  /** Marks a node (a ring, its label and its neighbours lit) and pans to it when it is off screen. */
  highlight(nodeId: string | null): void {
    this.highlightedId = nodeId;
    const node = nodeId ? this.byId.get(nodeId) : undefined;
    if (node && this.width > 0) {
      const [sx, sy] = this.transform.apply([node.x, node.y]);
      if (sx < 0 || sy < 0 || sx > this.width || sy > this.height) {
        const t = zoomIdentity
          .translate(this.width / 2, this.height / 2)
          .scale(Math.max(this.transform.k, 1))
          .translate(-node.x, -node.y);
        this.setTransform(t);
      }
    }
    this.requestFrame();
  }

  /** Re-reads colours from the CSS variables (call on Obsidian's `css-change`). */
  refreshTheme(): void {
    this.theme = readGraphTheme(this.root, this.ctx);
    this.requestFrame();
  }

  /** Zooms and pans so every shown node fits the view. */
  fit(): void {
    this.userMoved = false;
    if (this.nodes.length === 0 || this.width === 0 || this.height === 0) return;
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (const n of this.nodes) {
      x0 = Math.min(x0, n.x - n.r);
      y0 = Math.min(y0, n.y - n.r);
      x1 = Math.max(x1, n.x + n.r);
      y1 = Math.max(y1, n.y + n.r);
    }
    const pad = 40;
    const k = Math.min(2, (this.width - pad) / Math.max(1, x1 - x0), (this.height - pad) / Math.max(1, y1 - y0));
    const t = zoomIdentity
      .translate(this.width / 2, this.height / 2)
      .scale(Math.max(0.02, k))
      .translate(-(x0 + x1) / 2, -(y0 + y1) / 2);
    this.setTransform(t);
    this.requestFrame();
  }

  /** Pans the view by screen pixels (keyboard control, the benchmark). */
  panBy(dx: number, dy: number): void {
    this.userMoved = true;
    this.setTransform(this.transform.translate(dx / this.transform.k, dy / this.transform.k));
  }

  stats(): GraphStats {
    const sorted = [...this.frameTimes].sort((a, b) => a - b);
    return {
      nodes: this.nodes.length,
      links: this.links.length,
      settled: this.settled,
      lastFrameMs: this.lastFrameMs,
      medianFrameMs: sorted.length ? sorted[Math.floor(sorted.length / 2)] ?? 0 : 0,
    };
  }

  /** State for tests and the HTML export's details panel. */
  state(): { local: boolean; focus: string | null; depth: number; highlighted: string | null; hovered: string | null; zoom: number } {
    return {
      local: this.local,
      focus: this.focusId,
      depth: this.depth,
      highlighted: this.highlightedId,
      hovered: this.hovered?.id ?? null,
      zoom: this.transform.k,
    };
  }

  /** Ids of the nodes currently shown. */
  shownIds(): string[] {
    return this.nodes.map((n) => n.id);
  }

  /** Where a shown node is drawn, in CSS pixels relative to the canvas; null when it is not shown. */
  screenPosition(nodeId: string): { x: number; y: number } | null {
    const n = this.byId.get(nodeId);
    if (!n) return null;
    const [x, y] = this.transform.apply([n.x, n.y]);
    return { x, y };
  }

  /** The canvas, for pixel checks in tests. */
  get canvasElement(): HTMLCanvasElement {
    return this.canvas;
  }

  destroy(): void {
    this.destroyed = true;
    if (this.rafId) this.win.cancelAnimationFrame(this.rafId);
    this.rafId = 0;
    this.simulation.stop();
    this.resizeObserver?.disconnect();
    this.canvas.removeEventListener("mousemove", this.onMouseMove);
    this.canvas.removeEventListener("mouseleave", this.onMouseLeave);
    this.canvas.removeEventListener("click", this.onClick);
    select(this.canvas).on(".zoom", null).on(".drag", null);
    this.root.remove();
  }

  // ---- building the shown graph ----

  private defaultFocus(): string | null {
    return this.data.nodes.find((n) => n.kind === "problem")?.id ?? this.data.nodes[0]?.id ?? null;
  }

  private shownData(): GraphData {
    const filtered = filterGraph(this.data, this.filter);
    if (!this.local) return filtered;
    return this.focusId ? neighbourhood(filtered, this.focusId, this.depth) : { nodes: [], links: [] };
  }

  private rebuild(): void {
    if (this.destroyed) return;
    const shown = this.shownData();
    const old = this.byId;
    this.byId = new Map();
    this.byKind = new Map();
    let reused = 0;
    this.nodes = shown.nodes.map((data) => {
      const prev = old.get(data.id);
      if (prev) reused++;
      const node: SimNode = { id: data.id, data, r: radius(data), x: prev?.x ?? NaN, y: prev?.y ?? NaN };
      if (prev) {
        node.vx = 0;
        node.vy = 0;
      }
      this.byId.set(data.id, node);
      const bucket = this.byKind.get(data.kind);
      if (bucket) bucket.push(node);
      else this.byKind.set(data.kind, [node]);
      return node;
    });
    // d3 places nodes without a position on a phyllotaxis spiral; NaN marks those.
    for (const n of this.nodes) {
      if (Number.isNaN(n.x)) {
        delete (n as Partial<SimNode>).x;
        delete (n as Partial<SimNode>).y;
      }
    }
    this.links = [];
    this.neighbours = new Map(this.nodes.map((n) => [n, new Set<SimNode>()]));
    for (const l of shown.links) {
      const source = this.byId.get(l.source);
      const target = this.byId.get(l.target);
      if (!source || !target) continue;
      this.links.push({ source, target, relation: l.relation });
      this.neighbours.get(source)?.add(target);
      this.neighbours.get(target)?.add(source);
    }
    this.maxRadius = this.nodes.reduce((m, n) => Math.max(m, n.r), 1);
    if (this.hovered && !this.byId.has(this.hovered.id)) this.hovered = null;

    const n = this.nodes.length;
    this.simulation.stop();
    this.simulation = forceSimulation<SimNode, SimLink>(this.nodes)
      .stop()
      .alphaDecay(n > 2000 ? 0.05 : 0.035)
      .force(
        "link",
        forceLink<SimNode, SimLink>(this.links)
          .id((d) => d.id)
          .distance((l) => (l.relation === SUBQUESTION ? 30 : 60)),
      )
      .force("charge", forceManyBody<SimNode>().strength(-80).theta(0.9).distanceMax(800))
      .force("center", forceCenter(0, 0))
      .force("x", forceX<SimNode>(0).strength(0.03))
      .force("y", forceY<SimNode>(0).strength(0.03))
      .force("collide", forceCollide<SimNode>((d) => d.r + 2).iterations(1));
    // Mostly known positions: a gentle reheat keeps the picture stable when filters or local focus change.
    if (n > 0 && reused / n > 0.8) this.simulation.alpha(0.3);
    this.settled = n === 0;
    this.tree = null;
    this.empty.textContent = n === 0 ? (this.local ? "Open a note that is in the graph to see its neighbourhood." : "Nothing to show.") : "";
    this.empty.classList.toggle("is-hidden", n > 0);
    if (!this.userMoved) this.initialView();
    this.syncControls();
    this.requestFrame();
  }

  private initialView(): void {
    if (this.width === 0 || this.nodes.length === 0) return;
    // Before the layout runs, the spiral d3 starts from has a radius near 10 * sqrt(n).
    const spread = 10 * Math.sqrt(this.nodes.length) + 40;
    const k = Math.min(2, Math.min(this.width, this.height) / (2 * spread));
    this.setTransform(zoomIdentity.translate(this.width / 2, this.height / 2).scale(k));
  }

  /** Moves the view through d3-zoom, so its next gesture starts from here; fires a zoom event without a source. */
  private setTransform(t: ZoomTransform): void {
    this.zoomBehavior.transform(select(this.canvas), t);
  }

  private syncControls(): void {
    const counts = new Map<GraphNodeKind, number>();
    for (const n of this.data.nodes) counts.set(n.kind, (counts.get(n.kind) ?? 0) + 1);
    this.controls.update({
      local: this.local,
      depth: this.depth,
      kinds: kindsOf(this.data).map((kind) => ({
        kind,
        count: counts.get(kind) ?? 0,
        shown: !this.filter.kinds || this.filter.kinds.has(kind),
      })),
      relations: relationsOf(this.data).map((relation) => ({
        relation,
        shown: !this.filter.relations || this.filter.relations.has(relation),
      })),
    });
  }

  // ---- frames ----

  private requestFrame(): void {
    if (this.rafId || this.destroyed) return;
    this.rafId = this.win.requestAnimationFrame(this.frame);
  }

  private readonly frame = (): void => {
    this.rafId = 0;
    const start = performance.now();
    if (!this.settled) {
      const sim = this.simulation;
      do sim.tick();
      while (sim.alpha() >= sim.alphaMin() && performance.now() - start < TICK_BUDGET_MS);
      this.tree = null;
      if (sim.alpha() < sim.alphaMin() && !this.dragging) {
        this.settled = true;
        if (!this.userMoved) this.fit();
      }
    }
    this.draw();
    this.lastFrameMs = performance.now() - start;
    this.frameTimes.push(this.lastFrameMs);
    if (this.frameTimes.length > FRAME_SAMPLES) this.frameTimes.shift();
    if (!this.settled) this.requestFrame();
  };

  private resize(): void {
    const w = this.stage.clientWidth;
    const h = this.stage.clientHeight;
    this.dpr = this.win.devicePixelRatio || 1;
    if (w === this.width && h === this.height && this.canvas.width === Math.round(w * this.dpr)) return;
    const first = this.width === 0;
    this.width = w;
    this.height = h;
    this.canvas.width = Math.round(w * this.dpr);
    this.canvas.height = Math.round(h * this.dpr);
    if (first && !this.userMoved) {
      if (this.settled) this.fit();
      else this.initialView();
    }
    this.requestFrame();
  }

  private draw(): void {
    const { ctx, theme, transform: t, dpr } = this;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
    if (this.nodes.length === 0) return;
    ctx.setTransform(dpr * t.k, 0, 0, dpr * t.k, dpr * t.x, dpr * t.y);

    const focus = this.hovered ?? (this.highlightedId ? this.byId.get(this.highlightedId) ?? null : null);
    const lit = focus ? this.neighbours.get(focus) ?? new Set<SimNode>() : null;
    const isLit = (n: SimNode): boolean => !lit || n === focus || lit.has(n);
    // Hover dims the rest hard; a lasting highlight (from the tree) less so, so the whole picture stays readable.
    const dim = this.hovered ? 0.15 : 0.35;

    // Viewport in graph coordinates, for culling.
    const vx0 = -t.x / t.k - this.maxRadius;
    const vy0 = -t.y / t.k - this.maxRadius;
    const vx1 = (this.width - t.x) / t.k + this.maxRadius;
    const vy1 = (this.height - t.y) / t.k + this.maxRadius;
    const inView = (n: SimNode): boolean => n.x >= vx0 && n.x <= vx1 && n.y >= vy0 && n.y <= vy1;

    // Links: one path for all, or dimmed + lit paths when a node has focus.
    ctx.lineWidth = 1 / t.k;
    ctx.strokeStyle = theme.line;
    ctx.globalAlpha = focus ? dim : 0.7;
    ctx.beginPath();
    for (const l of this.links) {
      if (focus && (l.source === focus || l.target === focus)) continue;
      ctx.moveTo(l.source.x, l.source.y);
      ctx.lineTo(l.target.x, l.target.y);
    }
    ctx.stroke();
    if (focus) {
      ctx.globalAlpha = 1;
      ctx.strokeStyle = theme.text;
      ctx.lineWidth = 1.5 / t.k;
      ctx.beginPath();
      for (const l of this.links) {
        if (l.source !== focus && l.target !== focus) continue;
        ctx.moveTo(l.source.x, l.source.y);
        ctx.lineTo(l.target.x, l.target.y);
      }
      ctx.stroke();
    }

    // Nodes: one path per kind (and per dimmed/lit pass).
    for (const pass of focus ? [false, true] : [true]) {
      ctx.globalAlpha = pass ? 1 : dim;
      for (const [kind, bucket] of this.byKind) {
        ctx.fillStyle = theme.kind[kind];
        ctx.beginPath();
        for (const n of bucket) {
          if (!inView(n) || (focus && isLit(n) !== pass)) continue;
          if (n.r * t.k < TINY_PX) {
            // A few pixels across, a square looks the same and rasterises far faster than an arc.
            ctx.rect(n.x - n.r, n.y - n.r, 2 * n.r, 2 * n.r);
          } else {
            ctx.moveTo(n.x + n.r, n.y);
            ctx.arc(n.x, n.y, n.r, 0, 2 * Math.PI);
          }
        }
        ctx.fill();
      }
    }

    // Gap rings, dimmed with their node.
    ctx.strokeStyle = theme.gap;
    ctx.lineWidth = Math.max(1.5, 2 / t.k);
    for (const pass of focus ? [false, true] : [true]) {
      ctx.globalAlpha = pass ? 1 : dim;
      ctx.beginPath();
      for (const n of this.byKind.get("question") ?? []) {
        if (!n.data.gap || !inView(n) || (focus && isLit(n) !== pass)) continue;
        const r = n.r + ctx.lineWidth;
        ctx.moveTo(n.x + r, n.y);
        ctx.arc(n.x, n.y, r, 0, 2 * Math.PI);
      }
      ctx.stroke();
    }
    ctx.globalAlpha = 1;

    // Highlight and hover rings.
    const ringed: [SimNode | null | undefined, number][] = [
      [this.highlightedId ? this.byId.get(this.highlightedId) : null, 3],
      [this.hovered, 1.5],
    ];
    ctx.strokeStyle = theme.text;
    for (const [n, width] of ringed) {
      if (!n) continue;
      ctx.lineWidth = width / t.k;
      ctx.beginPath();
      ctx.arc(n.x, n.y, n.r + (width + 3) / t.k, 0, 2 * Math.PI);
      ctx.stroke();
    }

    this.drawLabels(focus, lit, inView);
  }

  private drawLabels(focus: SimNode | null, lit: Set<SimNode> | null, inView: (n: SimNode) => boolean): void {
    const { ctx, theme, transform: t, dpr } = this;
    const highlighted = this.highlightedId ? this.byId.get(this.highlightedId) ?? null : null;
    const labelled: SimNode[] = [];
    const seen = new Set<SimNode>();
    const add = (n: SimNode | null | undefined): void => {
      if (n && !seen.has(n) && inView(n)) {
        seen.add(n);
        labelled.push(n);
      }
    };
    add(highlighted);
    add(focus);
    if (lit && lit.size <= 40) for (const n of lit) add(n);
    const problems = this.byKind.get("problem") ?? [];
    if (problems.length <= 30) for (const n of problems) add(n);
    if (t.k >= LABEL_ZOOM) {
      // Bigger nodes first, so the labels that matter are drawn when there are too many.
      const candidates = this.nodes.filter(inView);
      if (candidates.length > MAX_LABELS) candidates.sort((a, b) => b.r - a.r);
      for (const n of candidates) {
        if (labelled.length >= MAX_LABELS) break;
        add(n);
      }
    }
    if (labelled.length === 0) return;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.font = theme.font;
    ctx.textAlign = "center";
    ctx.textBaseline = "top";
    ctx.lineJoin = "round";
    ctx.lineWidth = 3;
    ctx.strokeStyle = theme.background;
    ctx.fillStyle = theme.text;
    const lineHeight = 14;
    // Labels earlier in the list win; a later one that would overlap them is left out.
    const placed: [number, number, number, number][] = [];
    for (const n of labelled) {
      const text = truncate(n.data.label, 48);
      const width = ctx.measureText(text).width;
      const ring = n === highlighted ? 6 : n === this.hovered ? 4 : 0;
      const x = n.x * t.k + t.x;
      const y = (n.y + n.r) * t.k + t.y + 3 + ring;
      const box: [number, number, number, number] = [x - width / 2, y, x + width / 2, y + lineHeight];
      if (placed.some((b) => b[0] < box[2] && box[0] < b[2] && b[1] < box[3] && box[1] < b[3])) continue;
      placed.push(box);
      ctx.globalAlpha = focus && !(n === focus || lit?.has(n)) ? 0.35 : 1;
      ctx.strokeText(text, x, y);
      ctx.fillText(text, x, y);
    }
    ctx.globalAlpha = 1;
  }

  // ---- pointer ----

  private nodeAtScreen(sx: number, sy: number): SimNode | null {
    if (this.nodes.length === 0) return null;
    if (!this.tree) {
      this.tree = quadtree<SimNode>()
        .x((d) => d.x)
        .y((d) => d.y)
        .addAll(this.nodes);
    }
    const [x, y] = this.transform.invert([sx, sy]);
    const slack = 4 / this.transform.k;
    const found = this.tree.find(x, y, this.maxRadius + slack);
    if (!found) return null;
    return Math.hypot(found.x - x, found.y - y) <= found.r + slack ? found : null;
  }

  private readonly onMouseMove = (event: MouseEvent): void => {
    if (this.dragging) return;
    const rect = this.canvas.getBoundingClientRect();
    const node = this.nodeAtScreen(event.clientX - rect.left, event.clientY - rect.top);
    if (node === this.hovered) return;
    this.hovered = node;
    this.canvas.classList.toggle("is-over-node", node !== null);
    if (node) this.handlers.hover?.(node.data.path, this.canvas, event);
    this.requestFrame();
  };

  private readonly onMouseLeave = (): void => {
    if (!this.hovered) return;
    this.hovered = null;
    this.canvas.classList.remove("is-over-node");
    this.requestFrame();
  };

  private readonly onClick = (event: MouseEvent): void => {
    const rect = this.canvas.getBoundingClientRect();
    const node = this.nodeAtScreen(event.clientX - rect.left, event.clientY - rect.top);
    if (!node) return;
    this.handlers.open(node.data.path, node.data.line, event.ctrlKey || event.metaKey);
  };

  private dragStart(event: D3DragEvent<HTMLCanvasElement, unknown, { node: SimNode }>): void {
    const node = event.subject.node;
    this.dragging = node;
    node.fx = node.x;
    node.fy = node.y;
    this.simulation.alphaTarget(0.3);
    if (this.simulation.alpha() < 0.3) this.simulation.alpha(0.3);
    this.settled = false;
    this.requestFrame();
  }

  private dragMove(event: D3DragEvent<HTMLCanvasElement, unknown, { node: SimNode }>): void {
    const node = event.subject.node;
    const [x, y] = this.transform.invert([event.x, event.y]);
    node.fx = x;
    node.fy = y;
    this.userMoved = true;
    this.requestFrame();
  }

  private dragEnd(): void {
    if (this.dragging) {
      this.dragging.fx = null;
      this.dragging.fy = null;
    }
    this.dragging = null;
    this.simulation.alphaTarget(0);
    this.requestFrame();
  }
}

function radius(n: GraphNode): number {
  const base = n.kind === "question" ? 4 : n.kind === "problem" ? 7 : 5;
  return Math.min(28, base + 2.2 * Math.sqrt(Math.max(0, n.weight)));
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A filter set after showing or hiding one value; null (everything) when all values are shown. */
function toggled<T>(current: ReadonlySet<T> | null, all: readonly T[], value: T, shown: boolean): Set<T> | null {
  const next = new Set(current ?? all);
  if (shown) next.add(value);
  else next.delete(value);
  return all.every((v) => next.has(v)) ? null : next;
}
