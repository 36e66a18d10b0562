// Paints one frame: links, node shapes by kind, gap and selection rings, then labels; culls what is off screen.
import type { SceneNode } from "../graph-scene";
import type { PaintState } from "./paint-state";
import { drawLabels } from "./labels";
import { KIND_SHAPES, traceShape } from "./shapes";


/** Below this radius on screen (CSS px) nodes are drawn as squares: the same to the eye, far faster to fill. */
const TINY_PX = 2;

export function paint(ctx: CanvasRenderingContext2D, s: PaintState): void {
  const { scene, theme, transform: t, dpr } = s;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  if (scene.nodes.length === 0 || !scene.placed) return;
  ctx.setTransform(dpr * t.k, 0, 0, dpr * t.k, dpr * t.x, dpr * t.y);

  const focus = s.hovered ?? s.selected;
  const lit = focus ? new Set(scene.neighbours.get(focus) ?? []) : null;
  const isLit = (n: SceneNode): boolean => !lit || n === focus || lit.has(n);
  // Hover dims the rest hard; a lasting selection less so, so the whole picture stays readable.
  const dim = s.hovered ? 0.15 : 0.35;
  const pad = scene.maxRadius * 1.5;
  const vx0 = -t.x / t.k - pad;
  const vy0 = -t.y / t.k - pad;
  const vx1 = (s.width - t.x) / t.k + pad;
  const vy1 = (s.height - t.y) / t.k + pad;
  const inView = (n: SceneNode): boolean => n.x >= vx0 && n.x <= vx1 && n.y >= vy0 && n.y <= vy1;

  ctx.lineWidth = 1 / t.k;
  ctx.strokeStyle = theme.line;
  ctx.globalAlpha = focus ? dim : 0.7;
  ctx.beginPath();
  for (const l of scene.links) {
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
    for (const l of scene.links) {
      if (l.source !== focus && l.target !== focus) continue;
      ctx.moveTo(l.source.x, l.source.y);
      ctx.lineTo(l.target.x, l.target.y);
    }
    ctx.stroke();
  }

  for (const pass of focus ? [false, true] : [true]) {
    ctx.globalAlpha = pass ? 1 : dim;
    for (const [kind, bucket] of scene.byKind) {
      const shape = KIND_SHAPES[kind];
      const ring = shape === "ring";
      ctx.fillStyle = theme.kind[kind];
      ctx.strokeStyle = theme.kind[kind];
      ctx.lineWidth = Math.max(1.5 / t.k, 1.5);
      ctx.beginPath();
      for (const n of bucket) {
        if (!inView(n) || (focus && isLit(n) !== pass)) continue;
        if (n.r * t.k < TINY_PX) ctx.rect(n.x - n.r, n.y - n.r, 2 * n.r, 2 * n.r);
        else traceShape(ctx, shape, n.x, n.y, ring ? n.r - ctx.lineWidth / 2 : n.r);
      }
      if (ring) ctx.stroke();
      else ctx.fill();
    }
  }

  // Gap rings, dashed so they differ from any fill colour, dimmed with their node.
  ctx.strokeStyle = theme.gap;
  ctx.lineWidth = Math.max(1.5, 2 / t.k);
  ctx.setLineDash([2.5 / t.k, 1.5 / t.k].map((d) => Math.max(d, 1.2)));
  for (const pass of focus ? [false, true] : [true]) {
    ctx.globalAlpha = pass ? 1 : dim;
    ctx.beginPath();
    for (const n of scene.byKind.get("question") ?? []) {
      if (!n.data.gap || !inView(n) || (focus && isLit(n) !== pass)) continue;
      const r = n.r + ctx.lineWidth;
      ctx.moveTo(n.x + r, n.y);
      ctx.arc(n.x, n.y, r, 0, 2 * Math.PI);
    }
    ctx.stroke();
  }
  ctx.setLineDash([]);
  ctx.globalAlpha = 1;

  const rings: [SceneNode | null, number, string][] = [
    ...s.matches.map((n): [SceneNode, number, string] => [n, 2, theme.accent]),
    [s.selected, 3, theme.text],
    [s.hovered, 1.5, theme.text],
  ];
  for (const [n, width, colour] of rings) {
    if (!n) continue;
    ctx.strokeStyle = colour;
    ctx.lineWidth = width / t.k;
    ctx.beginPath();
    ctx.arc(n.x, n.y, n.r * 1.4 + (width + 3) / t.k, 0, 2 * Math.PI);
    ctx.stroke();
  }

  drawLabels(ctx, { ...s, focus, lit, inView });
}
