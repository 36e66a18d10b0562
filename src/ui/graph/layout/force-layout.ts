// The force phase: Barnes-Hut repulsion, springs and a pull back to the seeded structure, in typed arrays.
import type { LayoutInput, LayoutResult, SeedResult } from "./layout-types";

/**
 * Relaxes the seeded positions until alpha cools, in as many ticks as fit `input.budgetMs` (measured on the first
 * ticks). Fixed nodes do not move and are not pushed. Runs inside the layout worker: it uses nothing outside its body.
 */
export function forceLayout(input: LayoutInput, seed: SeedResult): LayoutResult {
  const began = performance.now();
  const { n, links, structural, fixed, radius } = input;
  const m = links.length >> 1;
  const x = seed.x;
  const y = seed.y;
  const vx = new Float64Array(n);
  const vy = new Float64Array(n);
  const ax = Float64Array.from(x);
  const ay = Float64Array.from(y);
  let moving = 0;
  for (let i = 0; i < n; i++) if (!fixed[i]) moving++;
  if (moving === 0 || n < 2) return { x, y, group: seed.group, ticks: 0, ms: performance.now() - began };

  const degree = new Int32Array(n);
  for (let l = 0; l < 2 * m; l++) degree[links[l]!]!++;
  const bias = new Float64Array(m);
  const strength = new Float64Array(m);
  const distance = new Float64Array(m);
  for (let l = 0; l < m; l++) {
    const s = links[2 * l]!;
    const t = links[2 * l + 1]!;
    bias[l] = degree[s]! / (degree[s]! + degree[t]!);
    // Links inside one seeded tree hold its shape; links between trees pull only gently, so clusters stay apart.
    const inside = structural[l] && seed.group[s] === seed.group[t];
    strength[l] = (inside ? 1 : 0.15) / Math.min(degree[s]!, degree[t]!);
    distance[l] = (inside ? 24 : 48) + radius[s]! + radius[t]!;
  }

  const CHARGE = -40;
  const THETA2 = 0.81;
  const DIST_MAX2 = 400 * 400;
  const ANCHOR = 0.06;
  // Quadtree cells: children come in blocks of four (first child index, or -1 for a leaf), points chained by `next`.
  let cap = 4 * n + 16;
  let child = new Int32Array(cap);
  let point = new Int32Array(cap);
  let mass = new Float64Array(cap);
  let sumX = new Float64Array(cap);
  let sumY = new Float64Array(cap);
  let width = new Float64Array(cap);
  let originX = new Float64Array(cap);
  let originY = new Float64Array(cap);
  const next = new Int32Array(n);
  let cells = 0;
  const grow = (): void => {
    cap *= 2;
    const copy = <T extends Int32Array | Float64Array>(a: T, make: (size: number) => T): T => {
      const b = make(cap);
      b.set(a);
      return b;
    };
    child = copy(child, (s) => new Int32Array(s));
    point = copy(point, (s) => new Int32Array(s));
    mass = copy(mass, (s) => new Float64Array(s));
    sumX = copy(sumX, (s) => new Float64Array(s));
    sumY = copy(sumY, (s) => new Float64Array(s));
    width = copy(width, (s) => new Float64Array(s));
    originX = copy(originX, (s) => new Float64Array(s));
    originY = copy(originY, (s) => new Float64Array(s));
  };
  const newCells = (count: number, w: number, ox: number, oy: number): number => {
    while (cells + count > cap) grow();
    const first = cells;
    for (let c = first; c < first + count; c++) {
      child[c] = -1;
      point[c] = -1;
      mass[c] = 0;
      sumX[c] = 0;
      sumY[c] = 0;
      width[c] = w;
      originX[c] = ox + ((c - first) & 1 ? w : 0);
      originY[c] = oy + ((c - first) & 2 ? w : 0);
    }
    cells += count;
    return first;
  };

  const build = (): void => {
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (let i = 0; i < n; i++) {
      x0 = Math.min(x0, x[i]!);
      y0 = Math.min(y0, y[i]!);
      x1 = Math.max(x1, x[i]!);
      y1 = Math.max(y1, y[i]!);
    }
    const size = Math.max(x1 - x0, y1 - y0, 1) * 1.0001;
    cells = 0;
    newCells(1, size, x0, y0);
    for (let i = 0; i < n; i++) {
      let cell = 0;
      let cx = x0;
      let cy = y0;
      let w = size;
      let depth = 0;
      for (;;) {
        mass[cell]!++;
        sumX[cell]! += x[i]!;
        sumY[cell]! += y[i]!;
        if (child[cell]! < 0) {
          const j = point[cell]!;
          if (j < 0) {
            point[cell] = i;
            next[i] = -1;
            break;
          }
          if (depth >= 24 || (x[j] === x[i] && y[j] === y[i])) {
            next[i] = j;
            point[cell] = i;
            break;
          }
          // Split the leaf: its points (one, or a chain at one spot) move down to their quadrant.
          const half = w / 2;
          const first = newCells(4, half, cx, cy);
          child[cell] = first;
          const q = first + (x[j]! >= cx + half ? 1 : 0) + (y[j]! >= cy + half ? 2 : 0);
          point[q] = j;
          point[cell] = -1;
          for (let k = j; k >= 0; k = next[k]!) {
            mass[q]!++;
            sumX[q]! += x[k]!;
            sumY[q]! += y[k]!;
          }
        }
        w /= 2;
        const right = x[i]! >= cx + w;
        const below = y[i]! >= cy + w;
        if (right) cx += w;
        if (below) cy += w;
        cell = child[cell]! + (right ? 1 : 0) + (below ? 2 : 0);
        depth++;
      }
    }
  };

  const stack = new Int32Array(4 * 64);
  const charge = (i: number, alpha: number): void => {
    const xi = x[i]!;
    const yi = y[i]!;
    let sp = 0;
    stack[sp++] = 0;
    while (sp > 0) {
      const c = stack[--sp]!;
      const mc = mass[c]!;
      if (mc === 0) continue;
      // Nothing in a cell wholly beyond the cut-off distance pushes: skip it without opening it.
      const bx = Math.max(originX[c]! - xi, 0, xi - originX[c]! - width[c]!);
      const by = Math.max(originY[c]! - yi, 0, yi - originY[c]! - width[c]!);
      if (bx * bx + by * by >= DIST_MAX2) continue;
      if (child[c]! >= 0) {
        const dx = sumX[c]! / mc - xi;
        const dy = sumY[c]! / mc - yi;
        const d2 = dx * dx + dy * dy;
        const w = width[c]!;
        if (w * w < THETA2 * d2) {
          if (d2 < DIST_MAX2) {
            const k = (CHARGE * alpha * mc) / Math.max(d2, 1);
            vx[i]! += dx * k;
            vy[i]! += dy * k;
          }
          continue;
        }
        const first = child[c]!;
        stack[sp++] = first;
        stack[sp++] = first + 1;
        stack[sp++] = first + 2;
        stack[sp++] = first + 3;
        continue;
      }
      for (let j = point[c]!; j >= 0; j = next[j]!) {
        if (j === i) continue;
        let dx = x[j]! - xi;
        let dy = y[j]! - yi;
        let d2 = dx * dx + dy * dy;
        if (d2 >= DIST_MAX2) continue;
        if (d2 === 0) {
          dx = ((j * 7919) % 13) / 13 - 0.5;
          dy = ((j * 104729) % 17) / 17 - 0.5;
          d2 = dx * dx + dy * dy;
        }
        const k = (CHARGE * alpha) / Math.max(d2, 1);
        vx[i]! += dx * k;
        vy[i]! += dy * k;
      }
    }
  };

  const tick = (alpha: number): void => {
    build();
    for (let i = 0; i < n; i++) if (!fixed[i]) charge(i, alpha);
    for (let l = 0; l < m; l++) {
      const s = links[2 * l]!;
      const t = links[2 * l + 1]!;
      let dx = x[t]! + vx[t]! - x[s]! - vx[s]!;
      let dy = y[t]! + vy[t]! - y[s]! - vy[s]!;
      const len = Math.sqrt(dx * dx + dy * dy) || 1e-6;
      const f = ((len - distance[l]!) / len) * alpha * strength[l]!;
      dx *= f;
      dy *= f;
      vx[t]! -= dx * bias[l]!;
      vy[t]! -= dy * bias[l]!;
      vx[s]! += dx * (1 - bias[l]!);
      vy[s]! += dy * (1 - bias[l]!);
    }
    for (let i = 0; i < n; i++) {
      if (fixed[i]) {
        vx[i] = 0;
        vy[i] = 0;
        continue;
      }
      vx[i]! += (ax[i]! - x[i]!) * ANCHOR * alpha;
      vy[i]! += (ay[i]! - y[i]!) * ANCHOR * alpha;
      vx[i]! *= 0.6;
      vy[i]! *= 0.6;
      x[i]! += vx[i]!;
      y[i]! += vy[i]!;
    }
  };

  // Plan the ticks from the first two: alpha decays from 1 to 0.005 over as many ticks as the budget allows.
  const ALPHA_MIN = 0.005;
  let alpha = 1;
  const probeStart = performance.now();
  tick(alpha);
  tick(alpha);
  const perTick = Math.max(0.01, (performance.now() - probeStart) / 2);
  const planned = Math.max(30, Math.min(300, Math.floor((input.budgetMs - (performance.now() - began)) / perTick)));
  const decay = 1 - Math.pow(ALPHA_MIN, 1 / planned);
  let ticks = 2;
  while (alpha > ALPHA_MIN && ticks < planned + 2) {
    alpha *= 1 - decay;
    tick(alpha);
    ticks++;
  }
  return { x, y, group: seed.group, ticks, ms: performance.now() - began };
}
