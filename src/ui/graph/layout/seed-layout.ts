// Structure before force: problem and course trees laid out radially and packed in rows; new notes beside old ones.
import type { LayoutInput, SeedResult } from "./layout-types";

/**
 * Starting positions for the force layout. With most positions known (a reopened or edited vault) it keeps them and
 * puts each new node beside its placed neighbours. Otherwise it grows a tree from every course, problem and module
 * along structural links, hangs the remaining notes under a neighbour, lays each tree out on rings and packs the
 * trees, biggest first. Runs inside the layout worker, so it must use nothing outside its own body.
 */
export function seedLayout(input: LayoutInput): SeedResult {
  const { n, links, kinds, structural } = input;
  const m = links.length >> 1;
  const SPACING = 14;
  const STEP = 48;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const group = new Int32Array(n).fill(-1);
  const start = new Int32Array(n + 1);
  for (let l = 0; l < 2 * m; l++) start[links[l]! + 1]!++;
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const adj = new Int32Array(2 * m);
  const adjLink = new Int32Array(2 * m);
  const fill = start.slice(0, n);
  for (let l = 0; l < m; l++) {
    const s = links[2 * l]!;
    const t = links[2 * l + 1]!;
    adj[fill[s]!] = t;
    adjLink[fill[s]!++] = l;
    adj[fill[t]!] = s;
    adjLink[fill[t]!++] = l;
  }
  const degree = (i: number): number => start[i + 1]! - start[i]!;

  let known = 0;
  for (let i = 0; i < n; i++) if (!Number.isNaN(input.x[i]!) && !Number.isNaN(input.y[i]!)) known++;
  if (known > 0 && known >= n / 2) {
    // Incremental: keep what is placed; breadth-first from it, each new node goes to the mean of its placed neighbours.
    const placed = new Uint8Array(n);
    const queue: number[] = [];
    let x0 = Infinity;
    let y1 = -Infinity;
    for (let i = 0; i < n; i++) {
      if (Number.isNaN(input.x[i]!) || Number.isNaN(input.y[i]!)) continue;
      x[i] = input.x[i]!;
      y[i] = input.y[i]!;
      placed[i] = 1;
      queue.push(i);
      x0 = Math.min(x0, x[i]!);
      y1 = Math.max(y1, y[i]!);
    }
    for (let head = 0; head < queue.length; head++) {
      const v = queue[head]!;
      for (let e = start[v]!; e < start[v + 1]!; e++) {
        const w = adj[e]!;
        if (placed[w]) continue;
        let sx = 0;
        let sy = 0;
        let count = 0;
        for (let f = start[w]!; f < start[w + 1]!; f++) {
          const u = adj[f]!;
          if (!placed[u]) continue;
          sx += x[u]!;
          sy += y[u]!;
          count++;
        }
        const angle = w * 2.399963;
        x[w] = sx / count + SPACING * Math.cos(angle);
        y[w] = sy / count + SPACING * Math.sin(angle);
        placed[w] = 1;
        queue.push(w);
      }
    }
    let loose = 0;
    for (let i = 0; i < n; i++) {
      if (placed[i]) continue;
      x[i] = x0 + SPACING * 2 * (loose % 40);
      y[i] = y1 + STEP + SPACING * 2 * Math.floor(loose / 40);
      loose++;
    }
    return { x, y, group };
  }

  // Trees: roots by kind (courses, problems, modules, outcomes, lenses), then by degree.
  const rank = (k: number): number => (k === 5 ? 0 : k === 0 ? 1 : k === 2 ? 2 : k === 3 ? 3 : k === 4 ? 4 : 9);
  const parent = new Int32Array(n).fill(-1);
  const depth = new Int32Array(n);
  const claimed = new Uint8Array(n);
  const order: number[] = [];
  const roots: number[] = [];
  const grow = (root: number, structuralOnly: boolean): void => {
    claimed[root] = 1;
    group[root] = root;
    roots.push(root);
    const first = order.length;
    order.push(root);
    for (let head = first; head < order.length; head++) {
      const v = order[head]!;
      for (let e = start[v]!; e < start[v + 1]!; e++) {
        const l = adjLink[e]!;
        if (structuralOnly && (!structural[l] || links[2 * l] !== v)) continue;
        const w = adj[e]!;
        if (claimed[w]) continue;
        claimed[w] = 1;
        parent[w] = v;
        depth[w] = depth[v]! + 1;
        group[w] = root;
        order.push(w);
      }
    }
  };
  const candidates: number[] = [];
  for (let i = 0; i < n; i++) if (rank(kinds[i]!) < 9) candidates.push(i);
  candidates.sort((a, b) => rank(kinds[a]!) - rank(kinds[b]!) || degree(b) - degree(a) || a - b);
  for (const r of candidates) if (!claimed[r]) grow(r, true);
  // Notes outside the trees hang under the first placed note they link to.
  for (let head = 0; head < order.length; head++) {
    const v = order[head]!;
    for (let e = start[v]!; e < start[v + 1]!; e++) {
      const w = adj[e]!;
      if (claimed[w]) continue;
      claimed[w] = 1;
      parent[w] = v;
      depth[w] = depth[v]! + 1;
      group[w] = group[v]!;
      order.push(w);
    }
  }
  const rest: number[] = [];
  for (let i = 0; i < n; i++) if (!claimed[i] && degree(i) > 0) rest.push(i);
  rest.sort((a, b) => degree(b) - degree(a) || a - b);
  for (const r of rest) if (!claimed[r]) grow(r, false);

  // Leaf counts give each subtree its share of the ring.
  const weight = new Float64Array(n);
  for (let k = order.length - 1; k >= 0; k--) {
    const v = order[k]!;
    if (weight[v] === 0) weight[v] = 1;
    if (parent[v]! >= 0) weight[parent[v]!]! += weight[v]!;
  }
  const angle = new Float64Array(n);
  const span = new Float64Array(n);
  const cursor = new Float64Array(n);
  const discs: { root: number; r: number; nodes: number[] }[] = [];
  const byRoot = new Map<number, number[]>();
  for (const v of order) {
    const g = group[v]!;
    const list = byRoot.get(g);
    if (list) list.push(v);
    else byRoot.set(g, [v]);
  }
  for (const root of roots) {
    const nodes = byRoot.get(root) ?? [root];
    const perDepth: number[] = [];
    for (const v of nodes) perDepth[depth[v]!] = (perDepth[depth[v]!] ?? 0) + 1;
    const ring: number[] = [0];
    for (let d = 1; d < perDepth.length; d++) ring[d] = Math.max(ring[d - 1]! + STEP, ((perDepth[d] ?? 0) * SPACING) / (2 * Math.PI));
    span[root] = 2 * Math.PI;
    cursor[root] = 0;
    for (const v of nodes) {
      if (v !== root) {
        const p = parent[v]!;
        span[v] = (span[p]! * weight[v]!) / weight[p]!;
        angle[v] = cursor[p]! + span[v] / 2;
        cursor[v] = cursor[p]!;
        cursor[p]! += span[v];
      }
      const r = ring[depth[v]!]!;
      x[v] = r * Math.cos(angle[v]!);
      y[v] = r * Math.sin(angle[v]!);
    }
    discs.push({ root, r: ring[ring.length - 1]! + SPACING, nodes });
  }
  const loose: number[] = [];
  for (let i = 0; i < n; i++) if (!claimed[i]) loose.push(i);
  if (loose.length > 0) {
    loose.forEach((v, k) => {
      const r = SPACING * Math.sqrt(k);
      x[v] = r * Math.cos(k * 2.399963);
      y[v] = r * Math.sin(k * 2.399963);
    });
    discs.push({ root: -1, r: SPACING * Math.sqrt(loose.length) + SPACING, nodes: loose });
  }

  // Shelf packing, biggest first, in rows about as wide as the whole is tall.
  discs.sort((a, b) => b.r - a.r);
  let area = 0;
  for (const d of discs) area += (2 * d.r + SPACING) ** 2;
  const rowWidth = Math.sqrt(area) * 1.2;
  let cx = 0;
  let rowTop = 0;
  let rowHeight = 0;
  for (const d of discs) {
    const size = 2 * d.r + SPACING;
    if (cx > 0 && cx + size > rowWidth) {
      cx = 0;
      rowTop += rowHeight;
      rowHeight = 0;
    }
    const ox = cx + size / 2;
    const oy = rowTop + size / 2;
    for (const v of d.nodes) {
      x[v]! += ox;
      y[v]! += oy;
    }
    cx += size;
    rowHeight = Math.max(rowHeight, size);
  }
  return { x, y, group };
}
