// The graph's control bar: global/local toggle, depth slider, relation filter and the fit button.

export interface GraphControlHandlers {
  onMode(local: boolean): void;
  onDepth(depth: number): void;
  onRelation(relation: string, shown: boolean): void;
  onFit(): void;
}

export interface GraphControlState {
  local: boolean;
  depth: number;
  relations: { relation: string; shown: boolean }[];
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, cls: string, parent: HTMLElement): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  e.className = cls;
  parent.appendChild(e);
  return e;
}

export class GraphControls {
  private readonly doc: Document;
  private readonly globalButton: HTMLButtonElement;
  private readonly localButton: HTMLButtonElement;
  private readonly depthInput: HTMLInputElement;
  private readonly depthValue: HTMLSpanElement;
  private readonly depthLabel: HTMLLabelElement;
  private readonly relationList: HTMLDivElement;

  constructor(bar: HTMLElement, private readonly handlers: GraphControlHandlers) {
    this.doc = bar.ownerDocument;
    const modes = el(this.doc, "div", "mosaic-graph-modes", bar);
    this.globalButton = el(this.doc, "button", "mosaic-graph-mode", modes);
    this.globalButton.textContent = "Global";
    this.globalButton.addEventListener("click", () => handlers.onMode(false));
    this.localButton = el(this.doc, "button", "mosaic-graph-mode", modes);
    this.localButton.textContent = "Local";
    this.localButton.addEventListener("click", () => handlers.onMode(true));

    this.depthLabel = el(this.doc, "label", "mosaic-graph-depth", bar);
    const depthText = el(this.doc, "span", "mosaic-graph-depth-text", this.depthLabel);
    depthText.textContent = "Depth";
    this.depthInput = el(this.doc, "input", "mosaic-graph-depth-input", this.depthLabel);
    this.depthInput.type = "range";
    this.depthInput.min = "1";
    this.depthInput.max = "5";
    this.depthInput.step = "1";
    this.depthValue = el(this.doc, "span", "mosaic-graph-depth-value", this.depthLabel);
    this.depthInput.addEventListener("input", () => {
      this.depthValue.textContent = this.depthInput.value;
      handlers.onDepth(Number(this.depthInput.value));
    });

    const relations = el(this.doc, "details", "mosaic-graph-relations", bar);
    const summary = el(this.doc, "summary", "mosaic-graph-relations-summary", relations);
    summary.textContent = "Relations";
    this.relationList = el(this.doc, "div", "mosaic-graph-relations-list", relations);

    const fit = el(this.doc, "button", "mosaic-graph-fit", bar);
    fit.textContent = "Fit";
    fit.setAttribute("aria-label", "Fit the graph to the view");
    fit.addEventListener("click", () => handlers.onFit());
  }

  update(state: GraphControlState): void {
    this.globalButton.classList.toggle("is-active", !state.local);
    this.localButton.classList.toggle("is-active", state.local);
    this.depthInput.value = String(state.depth);
    this.depthValue.textContent = String(state.depth);
    this.depthLabel.classList.toggle("is-disabled", !state.local);
    this.depthInput.disabled = !state.local;

    this.relationList.replaceChildren();
    for (const { relation, shown } of state.relations) {
      const row = el(this.doc, "label", "mosaic-graph-relation", this.relationList);
      const box = el(this.doc, "input", "mosaic-graph-relation-check", row);
      box.type = "checkbox";
      box.checked = shown;
      box.addEventListener("change", () => this.handlers.onRelation(relation, box.checked));
      const name = el(this.doc, "span", "mosaic-graph-relation-name", row);
      name.textContent = relation;
    }
  }
}
