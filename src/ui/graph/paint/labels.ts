// Labels: hubs first, more as you zoom in; each placed beside its node where it hides no node and no other label.
import type { GraphScene, SceneNode } from "../graph-scene";
import type { PaintState } from "./paint-state";

export interface LabelState extends PaintState {
  focus: SceneNode | null;
  lit: ReadonlySet<SceneNode> | null;
  inView: (n: SceneNode) => boolean;
}

type Box = [number, number, number, number];

const MAX_LABELS = 250;
/** Nodes looked at per frame beyond the ones that must be labelled: keeps a 20k-node frame short. */
const MAX_CANDIDATES = 1200;
/** A node is labelled once importance × zoom reaches this (everything from LABEL_ALL_ZOOM on). */
const LABEL_THRESHOLD = 6;
const LABEL_ALL_ZOOM = 2.5;
const LINE_HEIGHT = 14;
const HUB_KINDS = new Set(["course", "problem", "module"]);

const ordered = new WeakMap<GraphScene, SceneNode[]>();
const fitted = new WeakMap<SceneNode, { key: string; text: string; width: number }>();

function byImportance(scene: GraphScene): SceneNode[] {
  let list = ordered.get(scene);
  if (!list) {
    list = [...scene.nodes].sort((a, b) => b.importance - a.importance);
    ordered.set(scene, list);
  }
  return list;
}

/** The label cut to `maxWidth` at a word boundary (never mid-word when a word boundary is near), with an ellipsis. */
export function fitLabel(measure: (text: string) => number, label: string, maxWidth: number): string {
  if (measure(label) <= maxWidth) return label;
  let lo = 0;
  let hi = label.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(`${label.slice(0, mid)}…`) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  const cut = label.slice(0, lo);
  const space = cut.lastIndexOf(" ");
  const head = space >= cut.length * 0.6 ? cut.slice(0, space) : cut;
  return `${head.replace(/[\s,;:.–-]+$/, "")}…`;
}

/** Nodes at each horizontal edge whose labels may stick out of a fitted view. */
const EDGE_NODES = 6;
const EDGE_LABEL_WIDTH = 240;

/**
 * Screen pixels a fitted view should keep free around the graph's bounds so that the labels of the nodes at its
 * edges stay inside: half the widest of their labels beside the graph, a line of text above and below.
 */
export function labelMargins(ctx: CanvasRenderingContext2D, font: string, scene: GraphScene): { x: number; y: number } {
  const byX = [...scene.nodes].sort((a, b) => a.x - b.x);
  const edges = byX.length <= 2 * EDGE_NODES ? byX : [...byX.slice(0, EDGE_NODES), ...byX.slice(-EDGE_NODES)];
  ctx.font = font;
  let widest = 0;
  for (const n of edges) {
    const text = fitLabel((x) => ctx.measureText(x).width, n.data.label, EDGE_LABEL_WIDTH);
    widest = Math.max(widest, ctx.measureText(text).width);
  }
  return { x: Math.ceil(widest / 2), y: LINE_HEIGHT + 4 };
}

function overlaps(a: Box, b: Box): boolean {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}

export function drawLabels(ctx: CanvasRenderingContext2D, s: LabelState): void {
  const { scene, transform: t, dpr, theme } = s;
  const must: SceneNode[] = [];
  const seen = new Set<SceneNode>();
  const take = (n: SceneNode | null | undefined, list: SceneNode[]): void => {
    if (n && !seen.has(n) && s.inView(n)) {
      seen.add(n);
      list.push(n);
    }
  };
  take(s.selected, must);
  take(s.hovered, must);
  // Then, wherever they fit: search matches and the focus's neighbours, then the rest by importance.
  const optional: SceneNode[] = [];
  for (const n of s.matches.slice(0, 20)) take(n, optional);
  if (s.lit && s.lit.size <= 40) for (const n of s.lit) take(n, optional);
  const preferred = new Set(optional);
  let looked = 0;
  for (const n of byImportance(scene)) {
    if (n.importance * t.k < LABEL_THRESHOLD && t.k < LABEL_ALL_ZOOM) break;
    if (looked >= MAX_CANDIDATES || optional.length >= MAX_LABELS) break;
    if (!s.inView(n) || seen.has(n)) continue;
    looked++;
    take(n, optional);
  }
  if (must.length + optional.length === 0) return;

  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.textAlign = "left";
  ctx.textBaseline = "top";
  ctx.lineJoin = "round";
  ctx.lineWidth = 3;
  ctx.strokeStyle = theme.background;
  ctx.fillStyle = theme.text;
  const bold = `600 ${theme.font}`;
  const placed: Box[] = [];
  const maxWidth = Math.min(320, 120 + 60 * t.k);
  const hidesNode = (n: SceneNode, box: Box): boolean =>
    scene.anyNear((box[0] - t.x) / t.k, (box[1] - t.y) / t.k, (box[2] - t.x) / t.k, (box[3] - t.y) / t.k, (m) => {
      if (m === n) return false;
      const mx = m.x * t.k + t.x;
      const my = m.y * t.k + t.y;
      const mr = m.r * t.k;
      return mx + mr > box[0] && mx - mr < box[2] && my + mr > box[1] && my - mr < box[3];
    });
  const place = (n: SceneNode, required: boolean): void => {
    const font = HUB_KINDS.has(n.data.kind) ? bold : theme.font;
    ctx.font = font;
    const widest = required ? 480 : HUB_KINDS.has(n.data.kind) ? maxWidth * 1.5 : maxWidth;
    const key = `${font}|${widest}`;
    let fit = fitted.get(n);
    if (!fit || fit.key !== key) {
      const text = fitLabel((x) => ctx.measureText(x).width, n.data.label, widest);
      fit = { key, text, width: ctx.measureText(text).width };
      fitted.set(n, fit);
    }
    const { text, width: w } = fit;
    const sx = n.x * t.k + t.x;
    const sy = n.y * t.k + t.y;
    const rr = n.r * 1.4 * t.k + 3;
    const spots: Box[] = [
      [sx - w / 2, sy + rr, sx + w / 2, sy + rr + LINE_HEIGHT],
      [sx + rr + 2, sy - LINE_HEIGHT / 2, sx + rr + 2 + w, sy + LINE_HEIGHT / 2],
      [sx - w / 2, sy - rr - LINE_HEIGHT, sx + w / 2, sy - rr],
      [sx - rr - 2 - w, sy - LINE_HEIGHT / 2, sx - rr - 2, sy + LINE_HEIGHT / 2],
    ];
    const free = (b: Box): boolean => !placed.some((p) => overlaps(p, b));
    // Hub labels may cross a node rather than go missing; others wait for a zoom where they fit.
    let box = spots.find((b) => free(b) && !hidesNode(n, b)) ?? (HUB_KINDS.has(n.data.kind) || preferred.has(n) ? spots.find(free) : undefined);
    if (!box && required) box = spots.find((b) => !placed.some((p) => overlaps(p, b))) ?? spots[0];
    if (!box) return;
    placed.push(box);
    ctx.globalAlpha = s.focus && s.lit && !(n === s.focus || s.lit.has(n)) ? 0.35 : 1;
    ctx.strokeText(text, box[0], box[1]);
    ctx.fillText(text, box[0], box[1]);
  };
  for (const n of must) place(n, true);
  for (const n of optional) place(n, false);
  ctx.globalAlpha = 1;
}
