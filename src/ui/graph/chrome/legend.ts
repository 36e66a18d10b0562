// The legend: a collapsible box with each kind's shape, colour and count (a checkbox hides the kind), and the gap mark.
import type { GraphNodeKind } from "../../../core/graph/graph-data";
import { KIND_SHAPES, shapePoints } from "../paint/shapes";

export const KIND_LABELS: Record<GraphNodeKind, string> = {
  problem: "Problem",
  question: "Question",
  module: "Module",
  "learning-outcome": "Learning outcome",
  lens: "Lens",
  course: "Course",
  source: "Source",
  other: "Other note",
};

const SVG = "http://www.w3.org/2000/svg";

export interface LegendRow {
  kind: GraphNodeKind;
  count: number;
  shown: boolean;
}

/** A 12 px SVG of the kind's shape; graph.css colours it with the same variable the canvas uses. */
export function kindSwatch(doc: Document, kind: GraphNodeKind | "gap"): SVGSVGElement {
  const svg = doc.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", "0 0 12 12");
  svg.setAttribute("class", `mosaic-graph-swatch mod-kind-${kind}`);
  svg.setAttribute("aria-hidden", "true");
  const shape = kind === "gap" ? "circle" : KIND_SHAPES[kind];
  const points = shapePoints(shape, 6, 6, shape === "star" ? 3.6 : 4);
  const el = points.length === 0 ? doc.createElementNS(SVG, "circle") : doc.createElementNS(SVG, "polygon");
  if (points.length === 0) {
    el.setAttribute("cx", "6");
    el.setAttribute("cy", "6");
    el.setAttribute("r", kind === "gap" ? "3.5" : "4");
  } else {
    el.setAttribute("points", points.map(([x, y]) => `${x.toFixed(2)},${y.toFixed(2)}`).join(" "));
  }
  svg.appendChild(el);
  return svg;
}

export class GraphLegend {
  private readonly box: HTMLDetailsElement;
  private readonly list: HTMLDivElement;

  constructor(parent: HTMLElement, private readonly onKind: (kind: GraphNodeKind, shown: boolean) => void) {
    const doc = parent.ownerDocument;
    this.box = doc.createElement("details");
    this.box.className = "mosaic-graph-legend";
    this.box.open = true;
    const summary = doc.createElement("summary");
    summary.className = "mosaic-graph-legend-summary";
    summary.textContent = "Legend";
    this.list = doc.createElement("div");
    this.list.className = "mosaic-graph-legend-list";
    this.box.append(summary, this.list);
    parent.appendChild(this.box);
  }

  get open(): boolean {
    return this.box.open;
  }

  get width(): number {
    return this.box.offsetWidth;
  }

  set collapsed(value: boolean) {
    this.box.open = !value;
  }

  update(rows: LegendRow[], gaps: number): void {
    const questions = rows.some((r) => r.kind === "question");
    const doc = this.list.ownerDocument;
    this.list.replaceChildren();
    for (const { kind, count, shown } of rows) {
      const row = doc.createElement("label");
      row.className = "mosaic-graph-legend-item";
      row.dataset.kind = kind;
      const box = doc.createElement("input");
      box.type = "checkbox";
      box.className = "mosaic-graph-legend-check";
      box.checked = shown;
      box.addEventListener("change", () => this.onKind(kind, box.checked));
      const name = doc.createElement("span");
      name.className = "mosaic-graph-legend-name";
      name.textContent = `${KIND_LABELS[kind]} (${count})`;
      row.append(box, kindSwatch(doc, kind), name);
      this.list.appendChild(row);
    }
    if (!questions) return;
    const gap = doc.createElement("div");
    gap.className = "mosaic-graph-legend-item mod-gap";
    const gapName = doc.createElement("span");
    gapName.className = "mosaic-graph-legend-name";
    gapName.textContent = `Unaddressed question, dashed ring (${gaps})`;
    gap.append(kindSwatch(doc, "gap"), gapName);
    this.list.appendChild(gap);
  }
}
