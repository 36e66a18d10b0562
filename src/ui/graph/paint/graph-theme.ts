// Graph colours: which Obsidian CSS variable colours each node kind (shapes tell kinds apart too), read from the theme.
import type { GraphNodeKind } from "../../../core/graph/graph-data";

/** Kind -> CSS variable; graph.css gives the legend swatches (`.mod-kind-<kind>`) the same variables. */
export const KIND_COLOR_VARS: Record<GraphNodeKind, string> = {
  problem: "--color-purple",
  question: "--graph-node",
  module: "--color-blue",
  "learning-outcome": "--color-green",
  lens: "--color-cyan",
  course: "--color-red",
  source: "--color-yellow",
  other: "--text-muted",
};

/** Used when a variable is missing or not a colour the canvas understands. */
const FALLBACKS: Record<string, string> = {
  "--color-purple": "#a882ff",
  "--graph-node": "#999999",
  "--color-blue": "#086ddd",
  "--color-green": "#08b94e",
  "--color-cyan": "#00bfbc",
  "--color-red": "#e93147",
  "--color-yellow": "#e0ac00",
  "--text-muted": "#8a8a8a",
  "--color-orange": "#ec7500",
  "--graph-line": "#bbbbbb",
  "--text-normal": "#222222",
  "--background-primary": "#ffffff",
  "--interactive-accent": "#8a5cf5",
};

export interface GraphTheme {
  kind: Record<GraphNodeKind, string>;
  gap: string;
  line: string;
  text: string;
  background: string;
  accent: string;
  font: string;
}

/** Reads the theme from CSS variables; a value the canvas rejects falls back to a fixed colour. */
export function readGraphTheme(container: HTMLElement, ctx: CanvasRenderingContext2D): GraphTheme {
  const style = (container.ownerDocument.defaultView ?? window).getComputedStyle(container);
  const color = (name: string): string => {
    const fallback = FALLBACKS[name] ?? "#888888";
    const value = style.getPropertyValue(name).trim();
    if (!value) return fallback;
    // The canvas ignores colours it cannot parse: probe with a sentinel to see whether it took the value.
    ctx.fillStyle = "#010203";
    ctx.fillStyle = value;
    const parsed = String(ctx.fillStyle);
    return parsed === "#010203" && value !== "#010203" ? fallback : parsed;
  };
  const kind = {} as Record<GraphNodeKind, string>;
  for (const [k, v] of Object.entries(KIND_COLOR_VARS) as [GraphNodeKind, string][]) kind[k] = color(v);
  const size = style.getPropertyValue("--font-ui-smaller").trim() || "12px";
  return {
    kind,
    gap: color("--color-orange"),
    line: color("--graph-line"),
    text: color("--text-normal"),
    background: color("--background-primary"),
    accent: color("--interactive-accent"),
    font: `${size} ${style.fontFamily || "sans-serif"}`,
  };
}
