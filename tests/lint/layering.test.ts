// The lint enforces the layers and bans regex lookbehind in src/: it fails on a wrong-way import and on a lookbehind.
import { spawnSync } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..");

type Messages = [string | null, string][];

/** Lints each in-memory file with the project's config (layering and regex rules only); one message list per file. */
function lint(files: Record<string, string>): Record<string, Messages> {
  const input = Object.entries(files).map(([filePath, code]) => ({ filePath: path.join(ROOT, filePath), code }));
  const run = spawnSync(process.execPath, [path.join(__dirname, "lint-probe.cjs"), ROOT], { input: JSON.stringify(input), encoding: "utf8" });
  if (run.status !== 0) throw new Error(`lint probe failed: ${run.stderr}`);
  const results = JSON.parse(run.stdout) as Messages[];
  return Object.fromEntries(Object.keys(files).map((file, i) => [file, results[i] ?? []]));
}

const WRONG_WAY: Record<string, string> = {
  "src/core/probe-a.ts": 'import { Plugin } from "obsidian";\nexport const a = Plugin;\n',
  "src/core/index/probe-b.ts": 'import { renderSidebar } from "../../ui/sidebar/views";\nexport const b = renderSidebar;\n',
  "src/core/probe-c.ts": 'import { readFileSync } from "node:fs";\nexport const c = readFileSync;\n',
  "src/core/probe-d.ts": 'import * as fs from "fs";\nexport const d = fs;\n',
  "src/core/probe-e.ts": 'import type { MosaicPlugin } from "../plugin/main";\nexport type E = MosaicPlugin;\n',
  "src/ui/probe-f.ts": 'import { Notice } from "obsidian";\nexport const f = Notice;\n',
  "src/ui/sidebar/probe-g.ts": 'import { api } from "../../plugin/api";\nexport const g = api;\n',
  "src/plugin/probe-h.ts": 'import { runCli } from "../cli/run-cli";\nexport const h = runCli;\n',
  "src/cli/probe-i.ts": 'import { api } from "../plugin/api";\nexport const i = api;\n',
  "src/core/probe-j.ts": "export const j = (): number => document.body.childElementCount;\n",
};

const LOOKBEHIND: Record<string, string> = {
  "src/core/probe-k.ts": 'export const k = (s: string): string => s.replace(/(?<![a-z])x/gu, "");\n',
  "src/ui/probe-l.ts": 'export const l = new RegExp("(?<=a)b");\n',
  "src/plugin/probe-m.ts": "export const m = (x: string): RegExp => new RegExp(`(?<=${x})b`);\n",
};

const RIGHT_WAY: Record<string, string> = {
  "src/plugin/probe-n.ts": 'import { Plugin } from "obsidian";\nimport { DEFAULT_SETTINGS } from "../core/model";\nexport const n = [Plugin, DEFAULT_SETTINGS];\n',
  "src/ui/probe-o.ts": 'import type { SidebarModel } from "../core/model";\nexport type O = SidebarModel;\n',
  "src/cli/probe-p.ts": 'import { readFileSync } from "node:fs";\nimport { parseNote } from "../core/parse/parse-note";\nexport const p = [readFileSync, parseNote];\n',
  "src/core/probe-q.ts": 'export const q = [/(?!a)b/u, /(?<name>a)/, new RegExp("(?:x)")];\n',
  "tests/probe-r.ts": 'export const r = /(?<!a)b/;\n',
};

describe("the lint's layering and regex rules", () => {
  const results = lint({ ...WRONG_WAY, ...LOOKBEHIND, ...RIGHT_WAY });

  it.each(Object.keys(WRONG_WAY))("fails on the wrong-way import or DOM use in %s", (file) => {
    const rules = results[file]?.map(([rule]) => rule);
    expect(rules).toEqual([expect.stringMatching(/^no-restricted-(imports|globals)$/)]);
  });

  it.each(Object.keys(LOOKBEHIND))("fails on the lookbehind in %s", (file) => {
    const messages = results[file] ?? [];
    expect(messages.map(([rule]) => rule)).toContain("no-restricted-syntax");
    expect(messages.map(([, message]) => message)).toContain("no regex lookbehind in src/: it does not parse on iOS before 16.4");
  });

  it.each(Object.keys(RIGHT_WAY))("passes %s (imports down the layers, lookaheads, tests/)", (file) => {
    expect(results[file]).toEqual([]);
  });
});
