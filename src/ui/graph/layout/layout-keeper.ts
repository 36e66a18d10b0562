// Keeps the layout: what positions are known, one layout in flight (a newer one wins), and when the scene is placed.
import { changedNodes, type GraphScene, type Positions } from "../graph-scene";
import { LayoutRunner } from "./layout-runner";

/** Layout time budget by node count: a settled first frame within about a second up to a few thousand nodes. */
function budgetFor(n: number): number {
  return n <= 2000 ? 450 : n <= 6000 ? 1100 : 3000;
}

export class LayoutKeeper {
  /** Global positions, kept across rebuilds and (through the host) across openings. */
  memory: Positions = new Map();
  pending = false;
  lastMs = 0;
  private generation = 0;
  private readonly runner: LayoutRunner;

  constructor(
    win: Window,
    private readonly placed: (scene: GraphScene) => void,
    private readonly status: (text: string | null) => void,
  ) {
    this.runner = new LayoutRunner(win);
  }

  /**
   * Lays out a new scene that replaces `previous`. Local mode starts afresh around its focus; the global graph
   * starts from the remembered and the previous positions, so only what changed and its neighbours move (nothing
   * moves when only a filter changed: `dataChanged` false).
   */
  replace(previous: GraphScene, scene: GraphScene, local: boolean, dataChanged: boolean): void {
    const known: Positions = new Map(local ? [] : this.memory);
    if (!local) for (const [id, p] of previous.positions()) if (!known.has(id) || p.pinned) known.set(id, p);
    this.run(scene, dataChanged ? changedNodes(previous, scene) : new Set(), known);
  }

  /** Lays out `scene` in the worker; nodes outside `changed` and their neighbours keep their known positions. */
  run(scene: GraphScene, changed: ReadonlySet<string>, known: Positions = scene.positions()): void {
    const n = scene.nodes.length;
    const generation = ++this.generation;
    const input = scene.layoutInput(known, changed, budgetFor(n));
    if (n === 0 || input.fixed.every((f) => f === 1)) {
      scene.applyLayout(input);
      this.finish(scene, 0);
      return;
    }
    this.pending = true;
    this.status(`Laying out ${n.toLocaleString("en")} notes…`);
    const started = performance.now();
    this.runner.run(input).then(
      (result) => {
        if (generation !== this.generation) return;
        scene.applyLayout(result);
        this.finish(scene, performance.now() - started);
      },
      () => {
        if (generation === this.generation) this.status("The layout failed.");
      },
    );
  }

  get where(): "worker" | "thread" {
    return this.runner.where;
  }

  /** Takes in the scene's positions (after a layout or a drag) and returns everything known. */
  remember(scene: GraphScene): Positions {
    for (const [id, p] of scene.positions()) this.memory.set(id, p);
    return this.memory;
  }

  destroy(): void {
    this.generation++;
    this.runner.destroy();
  }

  private finish(scene: GraphScene, ms: number): void {
    this.pending = false;
    this.lastMs = ms;
    this.placed(scene);
  }
}
