// Graph positions kept in the plugin's data (data.json, per vault), so reopening the graph shows it at once.
import type { Positions } from "../ui/graph/graph-scene";

/** How positions sit in data.json: id -> [x, y] or [x, y, 1] when pinned, rounded to whole units. */
export type StoredPositions = Record<string, [number, number] | [number, number, 1]>;

export const GRAPH_LAYOUT_KEY = "graphLayout";

/** Reads positions from whatever loadData() returned; anything malformed is skipped. */
export function readStoredPositions(saved: unknown): Positions {
  const out: Positions = new Map();
  const raw = saved !== null && typeof saved === "object" ? (saved as Record<string, unknown>)[GRAPH_LAYOUT_KEY] : null;
  if (raw === null || typeof raw !== "object") return out;
  for (const [id, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!Array.isArray(value) || !Number.isFinite(value[0]) || !Number.isFinite(value[1])) continue;
    out.set(id, { x: Number(value[0]), y: Number(value[1]), pinned: value[2] === 1 || undefined });
  }
  return out;
}

export function storedPositions(positions: Positions): StoredPositions {
  const out: StoredPositions = {};
  for (const [id, p] of positions) {
    if (!Number.isFinite(p.x) || !Number.isFinite(p.y)) continue;
    out[id] = p.pinned ? [Math.round(p.x), Math.round(p.y), 1] : [Math.round(p.x), Math.round(p.y)];
  }
  return out;
}
