// A shape per node kind, so kinds differ without colour: traced on the canvas and drawn in the legend's SVG.
import type { GraphNodeKind } from "../../../core/graph/graph-data";

export type Shape = "circle" | "ring" | "diamond" | "square" | "triangle" | "triangle-down" | "hexagon" | "star";

export const KIND_SHAPES: Record<GraphNodeKind, Shape> = {
  problem: "diamond",
  question: "circle",
  module: "square",
  "learning-outcome": "triangle",
  lens: "hexagon",
  course: "star",
  source: "triangle-down",
  other: "ring",
};

/** Corner points of a polygon shape of radius 1 around the origin; empty for circles and rings. */
function unitPoints(shape: Shape): [number, number][] {
  const polygon = (corners: number, turn: number, scale: number): [number, number][] =>
    Array.from({ length: corners }, (_, i) => {
      const a = turn + (2 * Math.PI * i) / corners;
      return [scale * Math.cos(a), scale * Math.sin(a)];
    });
  switch (shape) {
    case "diamond":
      return polygon(4, -Math.PI / 2, 1.3);
    case "square":
      return polygon(4, Math.PI / 4, 1.25);
    case "triangle":
      return polygon(3, -Math.PI / 2, 1.4);
    case "triangle-down":
      return polygon(3, Math.PI / 2, 1.4);
    case "hexagon":
      return polygon(6, 0, 1.15);
    case "star":
      return Array.from({ length: 10 }, (_, i) => {
        const a = -Math.PI / 2 + (Math.PI * i) / 5;
        const s = i % 2 === 0 ? 1.5 : 0.7;
        return [s * Math.cos(a), s * Math.sin(a)] as [number, number];
      });
    default:
      return [];
  }
}

const UNIT = new Map<Shape, [number, number][]>();

export function shapePoints(shape: Shape, x: number, y: number, r: number): [number, number][] {
  let unit = UNIT.get(shape);
  if (!unit) {
    unit = unitPoints(shape);
    UNIT.set(shape, unit);
  }
  return unit.map(([px, py]) => [x + r * px, y + r * py]);
}

/** Adds the shape to the current path (fill it, or stroke it for rings). */
export function traceShape(ctx: CanvasRenderingContext2D, shape: Shape, x: number, y: number, r: number): void {
  let unit = UNIT.get(shape);
  if (!unit) {
    unit = unitPoints(shape);
    UNIT.set(shape, unit);
  }
  const first = unit[0];
  if (!first) {
    ctx.moveTo(x + r, y);
    ctx.arc(x, y, r, 0, 2 * Math.PI);
    return;
  }
  ctx.moveTo(x + r * first[0], y + r * first[1]);
  for (let i = 1; i < unit.length; i++) {
    const p = unit[i] as [number, number];
    ctx.lineTo(x + r * p[0], y + r * p[1]);
  }
  ctx.closePath();
}
