// Browser entry for the sidebar tests: renders a SidebarModel into #pane and records handler calls on window.
import type { SidebarModel } from "../../../src/core/model";
import { SidebarRenderer, type SidebarState } from "../../../src/ui/sidebar/render-sidebar";

export interface HandlerCall {
  name: "open" | "hover" | "contextMenu" | "toggled";
  args: (string | number | boolean | null)[];
}

interface PageApi {
  renderModel(model: SidebarModel | string | null, theme: "light" | "dark", state?: Partial<Omit<SidebarState, "collapsed">> & { collapsed?: string[] }): number;
  /** Renders again with the same state; without an argument, with the very same model object. */
  rerender(model?: SidebarModel | string | null): number;
  setFilter(text: string): void;
  collapsedKeys(): string[];
  destroy(): void;
  __calls: HandlerCall[];
  __pwned?: unknown;
}

const w = window as unknown as Window & PageApi;
let renderer: SidebarRenderer | null = null;
let current: SidebarModel | null = null;
let state: SidebarState = { collapsed: new Set(), filter: "", showAddressers: true, showDiagnostics: true };
w.__calls = [];

function pane(): HTMLElement {
  const found = document.getElementById("pane");
  if (!found) throw new Error("no #pane");
  return found;
}

function parse(model: SidebarModel | string | null): SidebarModel | null {
  return typeof model === "string" ? (JSON.parse(model) as SidebarModel) : model;
}

w.renderModel = (model, theme, overrides = {}) => {
  document.body.className = `theme-${theme}`;
  renderer?.destroy();
  w.__calls = [];
  state = {
    collapsed: new Set(overrides.collapsed ?? []),
    filter: overrides.filter ?? "",
    showAddressers: overrides.showAddressers ?? true,
    showDiagnostics: overrides.showDiagnostics ?? true,
  };
  const parsed = parse(model);
  current = parsed;
  const t0 = performance.now();
  renderer = new SidebarRenderer(pane(), {
    open: (path, line, newTab) => w.__calls.push({ name: "open", args: [path, line, newTab] }),
    hover: (_e, path) => w.__calls.push({ name: "hover", args: [path] }),
    contextMenu: (_e, path) => w.__calls.push({ name: "contextMenu", args: [path] }),
    toggled: (key, expanded) => w.__calls.push({ name: "toggled", args: [key, expanded] }),
  });
  renderer.render(parsed, state);
  return performance.now() - t0;
};

w.rerender = (model) => {
  const t0 = performance.now();
  if (model !== undefined) current = parse(model);
  renderer?.render(current, state);
  return performance.now() - t0;
};

w.setFilter = (text) => renderer?.setFilter(text);
w.collapsedKeys = () => [...state.collapsed];
w.destroy = () => {
  renderer?.destroy();
  renderer = null;
};
