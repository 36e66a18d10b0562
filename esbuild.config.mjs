// Bundles the plugin (main.ts -> main.js), the HTML-export app and the CLI (src/cli/main.ts -> dist/mosaic.js).
import esbuild from "esbuild";
import { builtinModules } from "node:module";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";

const production = process.argv[2] === "production";

// gray-matter mentions `fs` for matter.read(), which the plugin never calls; keep Node out of main.js so it loads on mobile.
const noNodeInPlugin = {
  name: "no-node-in-plugin",
  setup(build) {
    build.onResolve({ filter: /^(fs|path)$/ }, (args) => ({ path: args.path, namespace: "empty-node" }));
    build.onLoad({ filter: /.*/, namespace: "empty-node" }, () => ({ contents: "module.exports = {};", loader: "js" }));
  },
};

// The HTML export inlines the browser app built from src/ui; the CLI imports it as text from this virtual module.
const htmlAppText = {
  name: "html-app-text",
  setup(build) {
    build.onResolve({ filter: /^virtual:html-app$/ }, () => ({ path: "html-app", namespace: "html-app" }));
    build.onLoad({ filter: /.*/, namespace: "html-app" }, () => ({
      contents: `export default ${JSON.stringify(readFileSync("dist/html-app.js", "utf8"))};`,
      loader: "js",
    }));
  },
};

// js-yaml builds its full schema at import time, and its `!!js/function` type then loads esprima (about 20 ms on every
// CLI start). Frontmatter is read with the safe schema, which has no such type: the stand-in keeps the tag, resolves nothing.
const noEsprima = {
  name: "no-esprima",
  setup(build) {
    build.onLoad({ filter: /js-yaml[\\/]lib[\\/]js-yaml[\\/]type[\\/]js[\\/]function\.js$/ }, () => ({
      contents: "var Type = require('../../type'); module.exports = new Type('tag:yaml.org,2002:js/function', { kind: 'scalar', resolve: function () { return false; } });",
      loader: "js",
    }));
  },
};

const pluginOptions = {
  entryPoints: ["main.ts"],
  bundle: true,
  external: ["obsidian", "electron", "@codemirror/*", "@lezer/*", ...builtinModules],
  format: "cjs",
  target: "es2020",
  logLevel: "info",
  sourcemap: production ? false : "inline",
  treeShaking: true,
  minify: production,
  outfile: "main.js",
  plugins: [noNodeInPlugin, noEsprima],
};

const htmlAppOptions = {
  entryPoints: ["src/ui/html-app.ts"],
  bundle: true,
  format: "iife",
  target: "es2020",
  platform: "browser",
  minify: true,
  logLevel: "warning",
  outfile: "dist/html-app.js",
  plugins: [noNodeInPlugin, noEsprima],
};

/** CSS files in order: alphabetically by name without `.css`, so `sidebar-1-rows.css` follows the `sidebar.css` it extends. */
function cssFiles(dir) {
  const stem = (f) => f.slice(0, -".css".length);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".css"))
    .sort((a, b) => (stem(a) < stem(b) ? -1 : stem(a) > stem(b) ? 1 : 0));
}

/** The HTML export's CSS: views' styles, the export page layout, then the stand-in theme variables (later wins). */
export function exportCss() {
  const dirs = ["src/ui/styles", "src/ui/export-page", "src/ui/export-styles"];
  const parts = [];
  for (const dir of dirs) {
    let files = [];
    try {
      files = cssFiles(dir);
    } catch {
      continue;
    }
    for (const f of files) parts.push(`/* ${dir}/${f} */\n` + readFileSync(`${dir}/${f}`, "utf8"));
  }
  return parts.join("\n");
}

const exportCssText = {
  name: "export-css-text",
  setup(build) {
    build.onResolve({ filter: /^virtual:export-css$/ }, () => ({ path: "export-css", namespace: "export-css" }));
    build.onLoad({ filter: /.*/, namespace: "export-css" }, () => ({
      contents: `export default ${JSON.stringify(exportCss())};`,
      loader: "js",
    }));
  },
};

const cliOptions = {
  entryPoints: ["src/cli/main.ts"],
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  logLevel: "warning",
  banner: { js: "#!/usr/bin/env node" },
  outfile: "dist/mosaic.js",
  plugins: [htmlAppText, exportCssText, noEsprima],
};

/** styles.css is the concatenation of src/ui/styles/*.css (sidebar, graph, ...), each owned by its view. */
export function buildStyles() {
  const dir = "src/ui/styles";
  const parts = cssFiles(dir);
  const css = parts.map((f) => `/* ${f} */\n` + readFileSync(`${dir}/${f}`, "utf8")).join("\n");
  writeFileSync("styles.css", css);
  return css;
}

export async function buildCli() {
  buildStyles();
  await esbuild.build(htmlAppOptions);
  await esbuild.build(cliOptions);
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  if (production) {
    await esbuild.build(pluginOptions);
    await buildCli();
  } else {
    const ctx = await esbuild.context(pluginOptions);
    await buildCli();
    await ctx.watch();
  }
}
