// What the graph renderer is told by its host (open, hover, select, positions) and what it reports (stats).
import type { Positions } from "./graph-scene";

export interface GraphHandlers {
  open(path: string, line: number | null, newTab: boolean): void;
  hover?(path: string, el: HTMLElement, event: MouseEvent): void;
  /** A node was selected (click, keyboard, search) or the selection cleared. */
  select?(id: string | null): void;
  /** The global layout changed (laid out, or a node dragged): positions worth keeping for the next opening. */
  positions?(positions: Positions): void;
}

export interface GraphStats {
  nodes: number;
  links: number;
  settled: boolean;
  lastFrameMs: number;
  medianFrameMs: number;
  layoutMs: number;
  layoutIn: "worker" | "thread";
}
