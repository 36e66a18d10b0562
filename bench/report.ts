// Benchmark results: samples summarised as median/min/max, an aligned table, and the JSON written to bench-output.

export interface Result {
  measure: string;
  /** Notes in the vault (or nodes, for the graph), or null when it does not apply. */
  size: number | null;
  median: number;
  min: number;
  max: number;
  unit: string;
  samples: number[];
  note?: string;
}

/** Measures that could not run, with the reason ("not implemented", "no Chromium", ...). */
export interface Skipped {
  measure: string;
  size: number | null;
  reason: string;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return NaN;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function summarise(measure: string, size: number | null, samples: number[], unit: string, note?: string): Result {
  return {
    measure,
    size,
    median: median(samples),
    min: Math.min(...samples),
    max: Math.max(...samples),
    unit,
    samples,
    ...(note ? { note } : {}),
  };
}

function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return "-";
  if (Math.abs(value) >= 100) return value.toFixed(0);
  if (Math.abs(value) >= 10) return value.toFixed(1);
  if (Math.abs(value) >= 1) return value.toFixed(2);
  return value.toFixed(3);
}

export function formatTable(results: Result[], skipped: Skipped[]): string {
  const header = ["measure", "size", "median", "min", "max", "unit"];
  const rows = results.map((r) => [
    r.measure,
    r.size === null ? "" : String(r.size),
    formatNumber(r.median),
    formatNumber(r.min),
    formatNumber(r.max),
    r.unit + (r.note ? `  (${r.note})` : ""),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? "").length)));
  const numeric = [false, true, true, true, true, false];
  const line = (cells: string[]): string =>
    cells
      .map((cell, i) => (numeric[i] ? cell.padStart(widths[i] ?? 0) : i === cells.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
      .join("  ");
  const out = [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)];
  for (const s of skipped) out.push(`${s.measure}${s.size === null ? "" : ` @${s.size}`}: not available (${s.reason})`);
  return out.join("\n");
}

export interface Target {
  name: string;
  measure: string;
  /** The vault size the target is about; null: the largest size measured in this run. */
  size: number | null;
  /** Passes when the median is below `below` (or above `above`). */
  below?: number;
  above?: number;
}

export const TARGETS: Target[] = [
  { name: "mosaic check 10k notes, whole process < 2 s", measure: "cli check wall", size: 10000, below: 2000 },
  { name: "mosaic check 10k notes, peak RSS < 400 MB", measure: "cli check peak RSS", size: 10000, below: 400 },
  { name: "one-note update (setNote + problemTree) < 2 ms median", measure: "update setNote+problemTree", size: null, below: 2 },
  { name: ">= 5x faster than the Lens validator (same Lens vault, wall)", measure: "lens ratio validator/mosaic", size: null, above: 5 },
  { name: "course of 10 modules × 8 outcomes: sidebar renders (lazily) < 30 ms", measure: "course sidebar first render", size: null, below: 30 },
  { name: "graph, 1,300-note course vault: first settled frame < 1 s", measure: "graph (course vault) first settled frame", size: 1300, below: 1000 },
  { name: "graph, 5k nodes: first settled frame < 2 s", measure: "graph first settled frame", size: 5000, below: 2000 },
  {
    name: "hostile notes at full size (50 MB of nesting, 54,000 questions): each through the index < 15 s",
    measure: "hostile notes: slowest through the index",
    size: null,
    below: 15_000,
  },
  { name: "graph, 5k nodes: frame while panning < 16 ms", measure: "graph frame while panning", size: 5000, below: 16 },
];

export function formatTargets(results: Result[]): string {
  const lines: string[] = [];
  for (const target of TARGETS) {
    const candidates = results.filter((r) => r.measure === target.measure && (target.size === null || r.size === target.size));
    const result = candidates.sort((a, b) => (b.size ?? 0) - (a.size ?? 0))[0];
    if (!result) {
      lines.push(`  [ -- ] ${target.name}: not measured in this run`);
      continue;
    }
    const pass = target.below !== undefined ? result.median < target.below : result.median >= (target.above ?? 0);
    const at = target.size === null && result.size !== null ? ` at ${result.size} notes` : "";
    lines.push(`  [${pass ? "PASS" : "FAIL"}] ${target.name}: ${formatNumber(result.median)} ${result.unit}${at}`);
  }
  return lines.join("\n");
}
