// The keyboard on the canvas: arrow keys walk to the linked node in that direction, Enter opens, Escape clears.
import type { GraphScene, SceneNode } from "../graph-scene";

export interface KeyboardHost {
  scene(): GraphScene;
  selected(): SceneNode | null;
  /** The node to start from when nothing is selected (the most important one in view). */
  startNode(): SceneNode | null;
  select(node: SceneNode | null): void;
  open(node: SceneNode, newTab: boolean): void;
  zoomBy(factor: number): void;
}

const DIRECTIONS: Record<string, [number, number]> = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  ArrowDown: [0, 1],
  ArrowUp: [0, -1],
};

/** The neighbour of `from` best lying in direction (dx, dy): smallest angle off it, then nearest; null when none. */
export function neighbourToward(scene: GraphScene, from: SceneNode, dx: number, dy: number): SceneNode | null {
  let best: SceneNode | null = null;
  let bestScore = Infinity;
  for (const n of scene.neighbours.get(from) ?? []) {
    const vx = n.x - from.x;
    const vy = n.y - from.y;
    const len = Math.hypot(vx, vy) || 1;
    const cos = (vx * dx + vy * dy) / len;
    if (cos <= 0.1) continue;
    const score = (1 - cos) * 4 + len / 1000;
    if (score < bestScore) {
      bestScore = score;
      best = n;
    }
  }
  return best;
}

export function attachKeyboard(canvas: HTMLCanvasElement, host: KeyboardHost): () => void {
  const onKey = (event: KeyboardEvent): void => {
    const direction = DIRECTIONS[event.key];
    const current = host.selected();
    if (direction) {
      event.preventDefault();
      if (!current) {
        host.select(host.startNode());
        return;
      }
      const next = neighbourToward(host.scene(), current, direction[0], direction[1]);
      if (next) host.select(next);
    } else if (event.key === "Enter" && current) {
      event.preventDefault();
      host.open(current, event.ctrlKey || event.metaKey);
    } else if (event.key === "Escape" && current) {
      event.preventDefault();
      host.select(null);
    } else if (event.key === "+" || event.key === "=") {
      host.zoomBy(1.25);
    } else if (event.key === "-") {
      host.zoomBy(0.8);
    }
  };
  canvas.addEventListener("keydown", onKey);
  return () => canvas.removeEventListener("keydown", onKey);
}
