// Small SVG icons drawn with createElementNS, shaped like the Lucide icons Obsidian uses.
import { svgEl } from "../dom";

function icon(parent: Element, cls: string, paths: string[]): SVGElement {
  const svg = svgEl(
    parent,
    "svg",
    {
      viewBox: "0 0 24 24",
      width: 24,
      height: 24,
      fill: "none",
      stroke: "currentColor",
      "stroke-width": 2,
      "stroke-linecap": "round",
      "stroke-linejoin": "round",
      "aria-hidden": "true",
    },
    `svg-icon ${cls}`,
  );
  for (const d of paths) svgEl(svg, "path", { d });
  return svg;
}

/** The collapse chevron of Obsidian's tree items (pointing down; CSS rotates it when collapsed). */
export function chevronIcon(parent: Element): SVGElement {
  return icon(parent, "right-triangle", ["M3 8L12 17L21 8"]);
}

export function expandAllIcon(parent: Element): SVGElement {
  return icon(parent, "lucide-chevrons-up-down", ["m7 15 5 5 5-5", "m7 9 5-5 5 5"]);
}

export function collapseAllIcon(parent: Element): SVGElement {
  return icon(parent, "lucide-chevrons-down-up", ["m7 20 5-5 5 5", "m7 4 5 5 5-5"]);
}
