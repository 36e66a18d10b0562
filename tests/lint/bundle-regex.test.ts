// The plugin bundle (main.ts with its dependencies, as esbuild builds main.js) has no regex lookbehind: one would
// stop the whole plugin loading on iOS before 16.4.
import path from "node:path";
import { builtinModules } from "node:module";
import * as esbuild from "esbuild";
import { hasLookbehind, lookbehindRegexes } from "./regex-scan";

const ROOT = path.resolve(__dirname, "..", "..");

async function pluginBundle(): Promise<string> {
  const built = await esbuild.build({
    entryPoints: [path.join(ROOT, "main.ts")],
    bundle: true,
    external: ["obsidian", "electron", "@codemirror/*", "@lezer/*", ...builtinModules],
    format: "cjs",
    target: "es2020",
    minify: true,
    write: false,
    logLevel: "silent",
  });
  return built.outputFiles[0]?.text ?? "";
}

describe("regex lookbehind", () => {
  it("the scanner finds lookbehinds in literals and RegExp strings, and not lookaheads, named groups or escapes", () => {
    expect(lookbehindRegexes('const a = /(?<!x)y/u; const b = new RegExp("(?<=a)b"); const c = RegExp(`(?<=${"x"})`);')).toHaveLength(3);
    expect(lookbehindRegexes('const a = /(?!x)y/; const b = /(?<name>a)/; const c = /\\(?<=/; const d = "(?<=a)";')).toEqual([]);
    expect(hasLookbehind("a\\\\(?<=b)")).toBe(true);
  });

  it("none in the plugin bundle", async () => {
    const code = await pluginBundle();
    expect(code.length).toBeGreaterThan(100_000);
    expect(lookbehindRegexes(code)).toEqual([]);
  });
});
