// The Mosaic graph on a canvas: wires the scene, the layout worker, painting, pointer and keyboard, and the chrome.
import { filterGraph, kindsOf, neighbourhood, relationsOf, toggledFilter, type GraphData, type GraphFilter } from "../../core/graph/graph-data";
import { fuzzyFind } from "../../core/graph/fuzzy-find";
import { chromeState, GraphChrome } from "./chrome/graph-chrome";
import { GraphScene, type Positions, type SceneNode } from "./graph-scene";
import { attachKeyboard } from "./interaction/keyboard";
import { PointerInput } from "./interaction/pointer";
import { ViewZoom } from "./interaction/view-zoom";
import { LayoutKeeper } from "./layout/layout-keeper";
import { readGraphTheme, type GraphTheme } from "./paint/graph-theme";
import { FrameStats } from "./paint/frame-stats";
import { labelMargins } from "./paint/labels";
import { paint } from "./paint/painter";
import type { GraphHandlers, GraphStats } from "./graph-types";

export type { GraphHandlers, GraphStats } from "./graph-types";

export class GraphRenderer {
  private readonly chrome: GraphChrome;
  private readonly ctx: CanvasRenderingContext2D;
  private readonly win: Window;
  private readonly view: ViewZoom;
  private readonly pointer: PointerInput;
  private readonly detachKeys: () => void;
  private readonly keeper: LayoutKeeper;
  private readonly resizeObserver: ResizeObserver | null;
  private theme: GraphTheme;
  private data: GraphData = { nodes: [], links: [] };
  private filter: GraphFilter = { kinds: null, relations: null };
  private local = false;
  private focusId: string | null = null;
  private depth = 2;
  private scene = new GraphScene({ nodes: [], links: [] });
  private hovered: SceneNode | null = null;
  private selectedId: string | null = null;
  private matches: SceneNode[] = [];
  private width = 0;
  private height = 0;
  private dpr = 1;
  private rafId = 0;
  private readonly frames = new FrameStats();
  private destroyed = false;

  constructor(container: HTMLElement, private readonly handlers: GraphHandlers) {
    this.win = container.ownerDocument.defaultView ?? window;
    this.chrome = new GraphChrome(container, {
      onMode: (local) => this.setLocal(local ? this.focusId ?? this.selectedId ?? this.defaultFocus() : null, this.depth),
      onDepth: (depth) => this.setLocal(this.focusId, depth),
      onKind: (kind, shown) => this.setFilter({ ...this.filter, kinds: toggledFilter(this.filter.kinds, kindsOf(this.data), kind, shown) }),
      onRelation: (relation, shown) =>
        this.setFilter({ ...this.filter, relations: toggledFilter(this.filter.relations, relationsOf(this.data), relation, shown) }),
      onFit: () => this.fit(),
      find: (query) => fuzzyFind(this.scene.nodes.map((n) => n.data), query, 20).map((h) => h.node),
      matches: (nodes) => {
        this.matches = nodes.map((n) => this.scene.byId.get(n.id)).filter((n): n is SceneNode => n !== undefined);
        this.requestFrame();
      },
      pick: (node) => this.reveal(node.id),
    });
    const canvas = this.chrome.canvas;
    const ctx = canvas.getContext("2d");
    if (!ctx) throw new Error("Canvas 2D context unavailable");
    this.ctx = ctx;
    this.theme = readGraphTheme(this.chrome.root, ctx);
    this.keeper = new LayoutKeeper(this.win, (scene) => this.placed(scene), (text) => this.chrome.status(text));
    this.pointer = new PointerInput(canvas, {
      nodeAtClient: (cx, cy) => this.nodeAtClient(cx, cy),
      toGraph: (cx, cy) => {
        const rect = canvas.getBoundingClientRect();
        return this.view.transform.invert([cx - rect.left, cy - rect.top]);
      },
      hover: (node, event) => {
        if (node === this.hovered) return;
        this.hovered = node;
        canvas.classList.toggle("is-over-node", node !== null);
        if (node) this.handlers.hover?.(node.data.path, canvas, event);
        this.requestFrame();
      },
      click: (node, event) => {
        this.select(node?.id ?? null);
        if (node) this.handlers.open(node.data.path, node.data.line, event.ctrlKey || event.metaKey);
      },
      dragged: () => {
        this.scene.moved();
        this.requestFrame();
      },
      dropped: () => this.remember(),
      unpin: (node) => {
        node.pinned = false;
        this.keeper.run(this.scene, new Set([node.id]));
      },
    });
    this.view = new ViewZoom(canvas, () => this.requestFrame(), (event) => this.pointer.grabs(event));
    this.detachKeys = attachKeyboard(canvas, {
      scene: () => this.scene,
      selected: () => (this.selectedId ? this.scene.byId.get(this.selectedId) ?? null : null),
      startNode: () => this.scene.nodes.reduce<SceneNode | null>((best, n) => (!best || n.importance > best.importance ? n : best), null),
      select: (node) => (node ? this.reveal(node.id) : this.select(null)),
      open: (node, newTab) => this.handlers.open(node.data.path, node.data.line, newTab),
      zoomBy: (factor) => this.view.zoomBy(factor, this.width, this.height),
    });
    const RO = (this.win as Window & { ResizeObserver?: typeof ResizeObserver }).ResizeObserver;
    this.resizeObserver = RO ? new RO(() => this.resize()) : null;
    this.resizeObserver?.observe(this.chrome.stage);
    this.resize();
    this.syncChrome();
  }

  setData(data: GraphData): void {
    this.data = data;
    if (this.selectedId && !data.nodes.some((n) => n.id === this.selectedId)) this.selectedId = null;
    this.rebuild(true);
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
    this.view.userMoved = false;
    this.rebuild();
  }

  /** The node local mode centres on (the plugin passes the active note); re-centres if local mode is on. */
  setFocus(nodeId: string | null): void {
    if (nodeId === this.focusId) return;
    this.focusId = nodeId;
    if (this.local) {
      this.view.userMoved = false;
      this.rebuild();
    }
  }

  /** Global positions from an earlier opening (the plugin keeps them per vault); call before `setData`. */
  setPositions(positions: Positions): void {
    this.keeper.memory = new Map(positions);
  }

  /** Marks a node (a ring, its label and its neighbours lit) and pans to it when it is off screen. */
  highlight(nodeId: string | null): void {
    this.selectedId = nodeId;
    const node = nodeId ? this.scene.byId.get(nodeId) : undefined;
    if (node && this.width > 0 && !Number.isNaN(node.x)) {
      const [sx, sy] = this.view.transform.apply([node.x, node.y]);
      if (sx < 0 || sy < 0 || sx > this.width || sy > this.height) this.view.centreOn(node.x, node.y, this.width, this.height, 1);
    }
    this.chrome.announce(node ? `${node.data.label}, ${this.scene.neighbours.get(node)?.length ?? 0} links` : "");
    this.requestFrame();
  }

  /** Selects a node, centres it and zooms in enough to read it (search, keyboard). */
  reveal(nodeId: string): void {
    const node = this.scene.byId.get(nodeId);
    if (!node || Number.isNaN(node.x)) return;
    this.view.centreOn(node.x, node.y, this.width, this.height, 1.2);
    this.select(nodeId);
  }

  focusSearch(): void {
    this.chrome.search.focus();
  }

  refreshTheme(): void {
    this.theme = readGraphTheme(this.chrome.root, this.ctx);
    this.requestFrame();
  }

  /** Zooms and pans so every shown node fits the view. */
  fit(): void {
    const bounds = this.scene.bounds();
    if (bounds) this.view.fit(bounds, this.width, this.height, this.chrome.legendInset(), labelMargins(this.ctx, this.theme.font, this.scene));
    this.requestFrame();
  }

  /** Pans the view by screen pixels (the benchmark). */
  panBy(dx: number, dy: number): void {
    this.view.panBy(dx, dy);
  }

  stats(): GraphStats {
    return {
      nodes: this.scene.nodes.length,
      links: this.scene.links.length,
      settled: !this.keeper.pending && this.scene.placed,
      lastFrameMs: this.frames.last,
      medianFrameMs: this.frames.median(),
      layoutMs: this.keeper.lastMs,
      layoutIn: this.keeper.where,
    };
  }

  /** State for tests and the HTML export's details panel. */
  state(): { local: boolean; focus: string | null; depth: number; highlighted: string | null; hovered: string | null; zoom: number } {
    const { local, focusId: focus, depth, selectedId: highlighted } = this;
    return { local, focus, depth, highlighted, hovered: this.hovered?.id ?? null, zoom: this.view.transform.k };
  }

  shownIds(): string[] {
    return this.scene.nodes.map((n) => n.id);
  }

  /** Where a shown node is drawn, in CSS pixels relative to the canvas; null when it is not shown. */
  screenPosition(nodeId: string): { x: number; y: number } | null {
    const n = this.scene.byId.get(nodeId);
    if (!n || Number.isNaN(n.x)) return null;
    const [x, y] = this.view.transform.apply([n.x, n.y]);
    return { x, y };
  }

  get canvasElement(): HTMLCanvasElement {
    return this.chrome.canvas;
  }

  destroy(): void {
    this.destroyed = true;
    if (this.rafId) this.win.cancelAnimationFrame(this.rafId);
    this.rafId = 0;
    this.keeper.destroy();
    this.resizeObserver?.disconnect();
    this.pointer.destroy();
    this.detachKeys();
    this.view.destroy();
    this.chrome.destroy();
  }

  private select(id: string | null): void {
    this.highlight(id);
    this.handlers.select?.(id);
  }

  private defaultFocus(): string | null {
    return this.data.nodes.find((n) => n.kind === "problem")?.id ?? this.data.nodes[0]?.id ?? null;
  }

  private rebuild(dataChanged = false): void {
    if (this.destroyed) return;
    const filtered = filterGraph(this.data, this.filter);
    const shown = !this.local ? filtered : this.focusId ? neighbourhood(filtered, this.focusId, this.depth) : { nodes: [], links: [] };
    const previous = this.scene;
    this.scene = new GraphScene(shown);
    if (this.hovered && !this.scene.byId.has(this.hovered.id)) this.hovered = null;
    this.matches = [];
    this.syncChrome();
    this.keeper.replace(previous, this.scene, this.local, dataChanged);
  }

  private placed(scene: GraphScene): void {
    if (scene !== this.scene || this.destroyed) return;
    this.chrome.status(scene.nodes.length > 0 ? null : this.local ? "Open a note that is in the graph to see its neighbourhood." : "Nothing to show.");
    if (!this.view.userMoved) this.fit();
    this.remember();
    this.requestFrame();
  }

  private remember(): void {
    if (!this.local) this.handlers.positions?.(this.keeper.remember(this.scene));
  }

  private syncChrome(): void {
    this.chrome.update(chromeState(this.data, this.filter, this.local, this.depth));
  }

  private nodeAtClient(clientX: number, clientY: number): SceneNode | null {
    const rect = this.chrome.canvas.getBoundingClientRect();
    const t = this.view.transform;
    const [x, y] = t.invert([clientX - rect.left, clientY - rect.top]);
    return this.scene.nodeAt(x, y, 4 / t.k);
  }

  private requestFrame(): void {
    if (this.rafId || this.destroyed) return;
    this.rafId = this.win.requestAnimationFrame(this.frame);
  }

  private readonly frame = (): void => {
    this.rafId = 0;
    const start = performance.now();
    const selected = this.selectedId ? this.scene.byId.get(this.selectedId) ?? null : null;
    const { scene, theme, width, height, dpr, hovered, matches } = this;
    paint(this.ctx, { scene, theme, width, height, dpr, hovered, selected, matches, transform: this.view.transform });
    this.frames.record(performance.now() - start);
  };

  private resize(): void {
    const stage = this.chrome.stage;
    const canvas = this.chrome.canvas;
    this.dpr = this.win.devicePixelRatio || 1;
    if (stage.clientWidth === this.width && stage.clientHeight === this.height && canvas.width === Math.round(this.width * this.dpr)) return;
    const first = this.width === 0;
    this.width = stage.clientWidth;
    this.height = stage.clientHeight;
    canvas.width = Math.round(this.width * this.dpr);
    canvas.height = Math.round(this.height * this.dpr);
    if (first && !this.view.userMoved) this.fit();
    this.requestFrame();
  }
}
