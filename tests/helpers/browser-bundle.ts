// Bundles a page entry for Chromium with esbuild (optionally on the Obsidian fake) and builds the page around it with repo CSS.
import { readFileSync } from "node:fs";
import path from "node:path";
import * as esbuild from "esbuild";
import { REPO_ROOT } from "./chromium";

export interface BundleOptions {
  /** Resolve `obsidian` to tests/fakes/obsidian and stub node's fs/path (gray-matter's, never called in the plugin). */
  obsidianFake?: boolean;
  define?: Record<string, string>;
  minify?: boolean;
}

/** gray-matter's fs/path are never called in the plugin (the build aliases them away the same way). */
const noNode: esbuild.Plugin = {
  name: "no-node",
  setup(build) {
    build.onResolve({ filter: /^(fs|path)$/ }, (args) => ({ path: args.path, namespace: "empty-node" }));
    build.onLoad({ filter: /.*/, namespace: "empty-node" }, () => ({ contents: "module.exports = {};", loader: "js" }));
  },
};

/** The entry (a file, or inline source) bundled as one browser IIFE; returns its JavaScript. */
export async function bundleForBrowser(entry: string | esbuild.StdinOptions, options: BundleOptions = {}): Promise<string> {
  const built = await esbuild.build({
    ...(typeof entry === "string" ? { entryPoints: [entry] } : { stdin: entry }),
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    minify: options.minify,
    write: false,
    logLevel: "silent",
    define: options.define,
    ...(options.obsidianFake ? { alias: { obsidian: path.join(REPO_ROOT, "tests", "fakes", "obsidian", "index.ts") }, plugins: [noNode] } : {}),
  });
  return built.outputFiles[0]?.text ?? "";
}

export interface PageParts {
  /** The bundled script, inlined last. */
  js: string;
  /** CSS files relative to `root`, inlined in this order. */
  cssFiles: string[];
  /** The page's own layout CSS, after the files. */
  pageCss: string;
  /** Markup the script mounts into, e.g. `<div id="pane"></div>`. */
  body: string;
  bodyClass?: string;
  /** A script run before the bundle (e.g. a stand-in global). */
  before?: string;
  /** Where `cssFiles` are; the repository by default. */
  root?: string;
}

/** A self-contained test page: the CSS files and `pageCss` inline, then `body`, then the script. */
export function pageWithCss(page: PageParts): string {
  const root = page.root ?? REPO_ROOT;
  const css = page.cssFiles.map((f) => readFileSync(path.join(root, f), "utf8")).join("\n");
  const before = page.before === undefined ? "" : `<script>${page.before}</script>`;
  return `<!doctype html><html><head><meta charset="utf-8"><style>${css}\n${page.pageCss}</style></head>
<body class="${page.bodyClass ?? "theme-light"}">${page.body}${before}<script>${page.js.replace(/<\/script/gi, "<\\/script")}</script></body></html>`;
}
