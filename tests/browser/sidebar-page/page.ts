// Builds the sidebar test page: the entry bundled by esbuild, the sidebar CSS and the stand-in Obsidian theme inline.
import { readFileSync } from "node:fs";
import path from "node:path";
import * as esbuild from "esbuild";
import type { Page } from "playwright-core";
import type { SidebarModel } from "../../../src/core/model";
import { REPO_ROOT } from "../../helpers/chromium";
import type { HandlerCall } from "./entry";

export type Theme = "light" | "dark";
export type StateOverrides = { collapsed?: string[]; filter?: string; showAddressers?: boolean; showDiagnostics?: boolean };

export async function sidebarPageHtml(): Promise<string> {
  const bundle = await esbuild.build({
    entryPoints: [path.join(REPO_ROOT, "tests", "browser", "sidebar-page", "entry.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    write: false,
    logLevel: "silent",
  });
  const js = bundle.outputFiles[0]?.text ?? "";
  const css = ["src/ui/export-styles/base-theme.css", "src/ui/styles/sidebar.css"]
    .map((f) => readFileSync(path.join(REPO_ROOT, f), "utf8"))
    .join("\n");
  // The pane mimics Obsidian's right sidebar: a narrow view-content on the secondary background.
  const pageCss = "#pane { width: 340px; height: 880px; background: var(--background-secondary); overflow: auto; }";
  return `<!doctype html><html><head><meta charset="utf-8"><style>${css}\n${pageCss}</style></head>
<body class="theme-light"><div id="pane" class="view-content"></div><script>${js.replace(/<\/script/gi, "<\\/script")}</script></body></html>`;
}

/** Renders `model` in the page; returns the time the render took inside the page, in ms. */
export function showModel(page: Page, model: SidebarModel | null, theme: Theme = "light", state: StateOverrides = {}): Promise<number> {
  return page.evaluate(
    ([m, t, s]) => (window as unknown as { renderModel: (m: unknown, t: string, s: unknown) => number }).renderModel(m, t, s),
    // A JSON string: Playwright's own serialisation of deep objects takes seconds for 5,000 nodes.
    [JSON.stringify(model), theme, state] as const,
  );
}

/** Handler calls since the last render; hover calls (re-rendering under the mouse fires them) only when asked. */
export async function handlerCalls(page: Page, withHover = false): Promise<HandlerCall[]> {
  const all = await page.evaluate(() => (window as unknown as { __calls: HandlerCall[] }).__calls);
  return withHover ? all : all.filter((c) => c.name !== "hover");
}
