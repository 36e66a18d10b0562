// The graph as shown: nodes with positions and sizes, links, neighbours, importance, hit-testing and layout input.
import { quadtree, type Quadtree } from "d3";
import { SUBQUESTION, type GraphData, type GraphNode, type GraphNodeKind } from "../../core/graph/graph-data";
import { KIND_CODE, type LayoutInput } from "./layout/layout-types";

export interface SceneNode {
  id: string;
  data: GraphNode;
  r: number;
  x: number;
  y: number;
  /** Placed by a drag; stays put until double-clicked. */
  pinned: boolean;
  /** Hubs first: courses and problems, then by how many links meet here. */
  importance: number;
}

export interface SceneLink {
  source: SceneNode;
  target: SceneNode;
  relation: string;
  structural: boolean;
}

export type Positions = Map<string, { x: number; y: number; pinned?: boolean }>;

const TREE_KINDS: ReadonlySet<GraphNodeKind> = new Set(["problem", "course", "module", "learning-outcome", "lens"]);
const KIND_WEIGHT: Partial<Record<GraphNodeKind, number>> = { course: 60, problem: 50, module: 30, "learning-outcome": 8, lens: 6 };

export function nodeRadius(n: GraphNode): number {
  const base = n.kind === "question" ? 4 : n.kind === "problem" || n.kind === "course" ? 7 : n.kind === "module" ? 6 : 5;
  return Math.min(28, base + 2.2 * Math.sqrt(Math.max(0, n.weight)));
}

/** A problem's or a course's tree: sub-questions, and Lens links from a course, module, outcome or lens downwards. */
function isStructural(relation: string, from: GraphNode, to: GraphNode): boolean {
  if (relation === SUBQUESTION) return true;
  return TREE_KINDS.has(from.kind) && to.kind !== "question" && relation !== "link";
}

export class GraphScene {
  readonly nodes: SceneNode[];
  readonly links: SceneLink[] = [];
  readonly byId = new Map<string, SceneNode>();
  readonly neighbours = new Map<SceneNode, SceneNode[]>();
  readonly byKind = new Map<GraphNodeKind, SceneNode[]>();
  maxRadius = 1;
  private tree: Quadtree<SceneNode> | null = null;

  constructor(shown: GraphData) {
    this.nodes = shown.nodes.map((data) => ({ id: data.id, data, r: nodeRadius(data), x: NaN, y: NaN, pinned: false, importance: 0 }));
    for (const node of this.nodes) {
      this.byId.set(node.id, node);
      this.neighbours.set(node, []);
      const bucket = this.byKind.get(node.data.kind);
      if (bucket) bucket.push(node);
      else this.byKind.set(node.data.kind, [node]);
      this.maxRadius = Math.max(this.maxRadius, node.r);
    }
    for (const l of shown.links) {
      const source = this.byId.get(l.source);
      const target = this.byId.get(l.target);
      if (!source || !target) continue;
      this.links.push({ source, target, relation: l.relation, structural: isStructural(l.relation, source.data, target.data) });
      this.neighbours.get(source)?.push(target);
      this.neighbours.get(target)?.push(source);
    }
    for (const node of this.nodes) {
      node.importance = (KIND_WEIGHT[node.data.kind] ?? 0) + (this.neighbours.get(node)?.length ?? 0) + node.data.weight;
    }
  }

  /** True once every node has a position. */
  get placed(): boolean {
    return this.nodes.every((n) => !Number.isNaN(n.x));
  }

  /**
   * What the layout worker needs. Nodes with a known position stay fixed unless they are new, next to a new node,
   * or their links changed (`changed`); pinned nodes always stay.
   */
  layoutInput(known: Positions, changed: ReadonlySet<string>, budgetMs: number): LayoutInput {
    const n = this.nodes.length;
    const index = new Map(this.nodes.map((node, i) => [node, i]));
    const input: LayoutInput = {
      n,
      kinds: new Uint8Array(n),
      radius: new Float64Array(n),
      links: new Uint32Array(this.links.length * 2),
      structural: new Uint8Array(this.links.length),
      x: new Float64Array(n).fill(NaN),
      y: new Float64Array(n).fill(NaN),
      fixed: new Uint8Array(n),
      budgetMs,
    };
    let knownCount = 0;
    this.nodes.forEach((node, i) => {
      input.kinds[i] = KIND_CODE[node.data.kind];
      input.radius[i] = node.r;
      const p = known.get(node.id);
      if (!p) return;
      input.x[i] = p.x;
      input.y[i] = p.y;
      node.pinned = p.pinned === true;
      knownCount++;
    });
    this.links.forEach((l, k) => {
      input.links[2 * k] = index.get(l.source) ?? 0;
      input.links[2 * k + 1] = index.get(l.target) ?? 0;
      input.structural[k] = l.structural ? 1 : 0;
    });
    if (knownCount >= n / 2) {
      // Only what changed and its neighbourhood moves.
      const free = new Set<SceneNode>();
      for (const node of this.nodes) {
        if (known.has(node.id) && !changed.has(node.id)) continue;
        free.add(node);
        for (const other of this.neighbours.get(node) ?? []) free.add(other);
      }
      this.nodes.forEach((node, i) => {
        input.fixed[i] = node.pinned || (!free.has(node) && known.has(node.id)) ? 1 : 0;
      });
    } else {
      this.nodes.forEach((node, i) => (input.fixed[i] = node.pinned && known.has(node.id) ? 1 : 0));
    }
    return input;
  }

  applyLayout(result: { x: ArrayLike<number>; y: ArrayLike<number> }): void {
    this.nodes.forEach((node, i) => {
      node.x = result.x[i] ?? 0;
      node.y = result.y[i] ?? 0;
    });
    this.moved();
  }

  /** Call after positions change, so hit-testing sees them. */
  moved(): void {
    this.tree = null;
  }

  positions(): Positions {
    const out: Positions = new Map();
    for (const n of this.nodes) if (!Number.isNaN(n.x)) out.set(n.id, { x: n.x, y: n.y, pinned: n.pinned || undefined });
    return out;
  }

  bounds(): { x0: number; y0: number; x1: number; y1: number } | null {
    if (this.nodes.length === 0 || !this.placed) return null;
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
    return { x0, y0, x1, y1 };
  }

  /** The node under a graph-space point, allowing `slack` beyond its radius. */
  nodeAt(x: number, y: number, slack: number): SceneNode | null {
    if (this.nodes.length === 0 || !this.placed) return null;
    this.tree ??= quadtree<SceneNode>()
      .x((d) => d.x)
      .y((d) => d.y)
      .addAll(this.nodes);
    const found = this.tree.find(x, y, this.maxRadius + slack);
    if (!found) return null;
    return Math.hypot(found.x - x, found.y - y) <= found.r + slack ? found : null;
  }

  /** Whether `test` holds for some node near a graph-space box (label placement avoids nodes this way). */
  anyNear(x0: number, y0: number, x1: number, y1: number, test: (n: SceneNode) => boolean): boolean {
    if (!this.tree) this.nodeAt(0, 0, 0);
    const pad = this.maxRadius;
    let found = false;
    this.tree?.visit((quad, qx0, qy0, qx1, qy1) => {
      if (found || qx0 > x1 + pad || qx1 < x0 - pad || qy0 > y1 + pad || qy1 < y0 - pad) return true;
      if (!quad.length) {
        for (let leaf: typeof quad | undefined = quad; leaf && !found; leaf = (leaf as { next?: typeof quad }).next) {
          found = test((leaf as { data: SceneNode }).data);
        }
      }
      return found;
    });
    return found;
  }
}

/** Ids in `next` that are new or whose links differ from `previous` (the layout moves them and their neighbours). */
export function changedNodes(previous: GraphScene, next: GraphScene): Set<string> {
  const signature = (scene: GraphScene, node: SceneNode): string =>
    (scene.neighbours.get(node) ?? [])
      .map((n) => n.id)
      .sort()
      .join("\n");
  const changed = new Set<string>();
  for (const node of next.nodes) {
    const old = previous.byId.get(node.id);
    if (!old || signature(previous, old) !== signature(next, node)) changed.add(node.id);
  }
  return changed;
}
