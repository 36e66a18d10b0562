// Browser side of the sidebar benchmark: renders a problem's SidebarModel with every row expanded and times it.
import type { SidebarModel } from "../src/core/model";
import { SidebarRenderer, type SidebarState } from "../src/ui/sidebar/render-sidebar";

export interface SidebarTimings {
  /** First render, default collapse state. */
  firstMs: number[];
  /** Expand all (render of every row), including style and layout. */
  expandAllMs: number[];
  /** A new model object (as after an index update) rendered with everything expanded, including layout. */
  rerenderMs: number[];
  rows: number;
}

const noop = (): void => undefined;

function layout(doc: Document): void {
  void doc.body.offsetHeight;
}

function run(model: SidebarModel, runs: number): SidebarTimings {
  const out: SidebarTimings = { firstMs: [], expandAllMs: [], rerenderMs: [], rows: 0 };
  for (let r = 0; r < runs; r++) {
    const host = document.createElement("div");
    host.className = "mosaic-bench-host";
    document.body.appendChild(host);
    const renderer = new SidebarRenderer(host, { open: noop, hover: noop, contextMenu: noop });
    const state: SidebarState = { collapsed: new Set(), filter: "", showAddressers: true, showDiagnostics: true };
    let t = performance.now();
    renderer.render(model, state);
    layout(document);
    out.firstMs.push(performance.now() - t);
    const expand = host.querySelector<HTMLElement>('[data-mosaic-action="expand-all"]');
    t = performance.now();
    expand?.click();
    layout(document);
    out.expandAllMs.push(performance.now() - t);
    for (let k = 0; k < 3; k++) {
      const changed: SidebarModel = { ...model };
      t = performance.now();
      renderer.render(changed, state);
      layout(document);
      out.rerenderMs.push(performance.now() - t);
    }
    out.rows = host.querySelectorAll(".tree-item").length;
    renderer.destroy();
    host.remove();
  }
  return out;
}

(window as unknown as { mosaicBench: { run: typeof run } }).mosaicBench = { run };
