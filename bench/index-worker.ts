// In-process index measures for one vault, run in a child process so each size gets a clean heap and maxRSS.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import process from "node:process";
import { DEFAULT_SETTINGS, type SidebarModel } from "../src/core/model";
import { MosaicIndex } from "../src/core/index/mosaic-index";
import { parseNote } from "../src/core/parse/parse-note";
import type { UpdateProbe } from "./generate-vault";
import { exportJson } from "../src/core/export/json";
import { sidebarModel } from "../src/core/query/sidebar";

export interface WorkerInput {
  vault: string;
  runs: number;
  updates: number;
  probe: UpdateProbe | null;
  /** The problem whose sidebar model is returned, for the sidebar benchmark. */
  bigProblem: string | null;
}

export interface WorkerOutput {
  readMs: number[];
  parseMs: number[];
  buildMs: number[];
  diagnosticsMs: number[];
  exportMs: number[];
  updateMs: number[];
  /** Heap held by the index: heapUsed after gc with the index alive minus heapUsed after gc before building. */
  indexHeapMb: number | null;
  heapUsedMb: number | null;
  maxRssMb: number;
  notes: number;
  sidebar: SidebarModel | null;
  /** Why a measure could not run (e.g. "not implemented"), by measure. */
  errors: Record<string, string>;
}

function now(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

function gc(): void {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (collect) {
    collect();
    collect();
  }
}

/** Every `.md` file under `root`, vault-relative with `/`, skipping dot-folders as Obsidian does. */
export function readVault(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string, prefix: string): void => {
    // Sorted by name as the CLI reads them: the order notes reach the index changes how much re-linking it does.
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path.join(dir, entry.name), rel);
      else if (entry.name.endsWith(".md")) files.set(rel, readFileSync(path.join(dir, entry.name), "utf8"));
    }
  };
  walk(root, "");
  return files;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The probe note with its first `addresses::` line pointing at a different block each time. */
function probeVariant(text: string, probe: UpdateProbe, i: number): string {
  const id = probe.blockIds[i % probe.blockIds.length] ?? "";
  const line = `addresses:: [[${probe.problemTitle}#^${id}]]`;
  return /^addresses::.*$/m.test(text) ? text.replace(/^addresses::.*$/m, line) : `${line}\n${text}`;
}

export function runWorker(input: WorkerInput): WorkerOutput {
  const out: WorkerOutput = {
    readMs: [],
    parseMs: [],
    buildMs: [],
    diagnosticsMs: [],
    exportMs: [],
    updateMs: [],
    indexHeapMb: null,
    heapUsedMb: null,
    maxRssMb: 0,
    notes: 0,
    sidebar: null,
    errors: {},
  };
  let files = new Map<string, string>();
  let index: MosaicIndex | null = null;
  for (let run = 0; run < input.runs; run++) {
    index = null;
    let t = now();
    files = readVault(input.vault);
    out.readMs.push(now() - t);
    out.notes = files.size;

    try {
      t = now();
      for (const [p, text] of files) parseNote(p, text, DEFAULT_SETTINGS);
      out.parseMs.push(now() - t);
    } catch (error) {
      out.errors["parse"] = message(error);
    }

    gc();
    const before = process.memoryUsage().heapUsed;
    try {
      t = now();
      const built = new MosaicIndex({ settings: DEFAULT_SETTINGS });
      built.setNotes(files);
      out.buildMs.push(now() - t);
      t = now();
      built.diagnostics();
      out.diagnosticsMs.push(now() - t);
      index = built;
    } catch (error) {
      out.errors["build"] = message(error);
      break;
    }
    if (run === 0) {
      gc();
      const after = process.memoryUsage().heapUsed;
      out.indexHeapMb = (after - before) / 1048576;
      out.heapUsedMb = after / 1048576;
    }
  }

  if (index) {
    try {
      if (input.bigProblem) out.sidebar = sidebarModel(index, input.bigProblem);
    } catch (error) {
      out.errors["sidebar"] = message(error);
    }
    for (let run = 0; run < input.runs; run++) {
      try {
        const t = now();
        exportJson(index);
        out.exportMs.push(now() - t);
      } catch (error) {
        out.errors["export"] = message(error);
        break;
      }
    }
    const probe = input.probe;
    const original = probe ? files.get(probe.source) : undefined;
    if (probe && original !== undefined) {
      try {
        index.problemTree(probe.problem);
        for (let i = 0; i < input.updates; i++) {
          const text = probeVariant(original, probe, i + 1);
          const t = now();
          index.setNote(probe.source, text);
          index.problemTree(probe.problem);
          out.updateMs.push(now() - t);
        }
      } catch (error) {
        out.errors["update"] = message(error);
      }
    } else out.errors["update"] = "the vault has no source note addressing a problem";
  }
  out.maxRssMb = process.resourceUsage().maxRSS / 1024;
  return out;
}
