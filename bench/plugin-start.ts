// The plugin's cold and warm start on a generated vault, in Node on the in-memory Obsidian: time from layout-ready to
// a rendered sidebar of the biggest problem, and the longest main-thread block meanwhile (and until the background
// check of cached notes and the cache save are done). Built with `obsidian` aliased to tests/fakes/obsidian.
// Usage: node plugin-start.js <vault> <problem path> <runs>; prints one JSON line.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { SidebarRenderer } from "../src/ui/sidebar/render-sidebar";
import type { VaultIndexer } from "../src/plugin/indexer";
import { createContainer } from "../tests/fakes/obsidian/dom";
import type MosaicPlugin from "../src/plugin/mosaic-plugin";
import type { App } from "../tests/fakes/obsidian";
import { createPlugin } from "../tests/helpers/fake-plugin";
import { MemoryAdapter } from "../tests/helpers/memory-adapter";
import { sidebarModel } from "../src/core/query/sidebar";
import { VIEW_TYPE_MOSAIC_SIDEBAR } from "../src/plugin/sidebar-view";

/** One start's figures, as the speed section reads them from this script's PLUGIN_START line. */
export interface Session {
  /** Layout ready to the first render of the problem's sidebar in the open sidebar view (possibly before the full index). */
  firstSidebarMs: number;
  firstSidebarCpuMs: number;
  /** The longest block until then. */
  firstMaxBlockMs: number;
  /** Layout ready to the full index done and the problem's sidebar rendered from it. */
  sidebarMs: number;
  /** CPU time of the whole process (all threads) meanwhile: steadier than wall time on a busy machine. */
  sidebarCpuMs: number;
  maxBlockMs: number;
  /** The most CPU time (whole process) spent inside one block until the full sidebar: preemption on a busy machine adds none. */
  maxBlockCpuMs: number;
  backgroundMs: number;
  backgroundCpuMs: number;
  backgroundMaxBlockMs: number;
  backgroundMaxBlockCpuMs: number;
  /** After the start: a line added to the problem note, to the sidebar rendered again from the re-read note. */
  editMs: number;
  editMaxBlockMs: number;
}

const cpuMsSince = (start: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

function readAll(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string, rel: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.name.startsWith(".")) continue;
      const r = rel === "" ? e.name : `${rel}/${e.name}`;
      if (e.isDirectory()) walk(path.join(dir, e.name), r);
      else if (e.name.endsWith(".md")) files[r] = readFileSync(path.join(dir, e.name), "utf8");
    }
  };
  walk(root, "");
  return files;
}

const TRACE_BLOCKS = process.env.MOSAIC_BENCH_BLOCKS === "1";

/**
 * The longest gap between ticks of a 1 ms timer: the longest time the main thread did not get back to its loop; and
 * the most CPU time the process spent inside one gap.
 */
class BlockMonitor {
  max = 0;
  maxCpu = 0;
  private last = performance.now();
  private lastCpu = process.cpuUsage();
  private readonly timer = setInterval(() => {
    const now = performance.now();
    // MOSAIC_BENCH_BLOCKS=1: each block over 50 ms on stderr, in µs of the clock a `node --cpu-prof` profile uses.
    if (TRACE_BLOCKS && now - this.last > 50) process.stderr.write(`BLOCK ${Math.round(now - this.last)} ms ending at ${process.hrtime.bigint() / 1000n} µs\n`);
    this.max = Math.max(this.max, now - this.last);
    this.maxCpu = Math.max(this.maxCpu, cpuMsSince(this.lastCpu));
    this.last = now;
    this.lastCpu = process.cpuUsage();
  }, 1);

  /** The longest gap so far, including the one still open (wall and CPU); then starts counting again. */
  take(): { wall: number; cpu: number } {
    const max = { wall: Math.max(this.max, performance.now() - this.last), cpu: Math.max(this.maxCpu, cpuMsSince(this.lastCpu)) };
    this.max = 0;
    this.maxCpu = 0;
    return max;
  }

  /** The longest gap so far, without starting again. */
  peek(): { wall: number; cpu: number } {
    return { wall: Math.max(this.max, performance.now() - this.last), cpu: Math.max(this.maxCpu, cpuMsSince(this.lastCpu)) };
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

async function session(files: Record<string, string>, adapter: MemoryAdapter, problem: string): Promise<Session> {
  const { app, plugin, fake } = createPlugin(files, (a) => {
    (a.vault as unknown as { adapter: MemoryAdapter }).adapter = adapter;
  });
  await fake.load__();
  // The problem open in the editor and the Mosaic sidebar open beside it, as Obsidian restores a workspace.
  const file = app.vault.getFileByPath(problem);
  if (file) await app.workspace.getLeaf().openFile(file);
  await app.workspace.getRightLeaf(false).setViewState({ type: VIEW_TYPE_MOSAIC_SIDEBAR });
  // Obsidian has resolved the vault's links from its own cache by the time the layout is ready.
  void app.metadataCache.resolvedLinks;
  const blocks = new BlockMonitor();
  const started = performance.now();
  const cpu = process.cpuUsage();
  let first: { ms: number; cpuMs: number; block: number } | null = null;
  // Listeners run in order: the view's own (registered when it opened) has rendered when this one runs.
  const stopWatching = plugin.onIndexChanged(() => {
    if (first || !plugin.index.problemTree(problem)) return;
    first = { ms: performance.now() - started, cpuMs: cpuMsSince(cpu), block: blocks.peek().wall };
  });
  app.workspace.triggerLayoutReady__();
  await plugin.indexing;
  stopWatching();
  const model = sidebarModel(plugin.index, problem);
  const handlers = { open: () => undefined, hover: () => undefined, contextMenu: () => undefined };
  new SidebarRenderer(createContainer(), handlers).render(model, { collapsed: new Set(), filter: "", showAddressers: true, showDiagnostics: true });
  const sidebarMs = performance.now() - started;
  const sidebarCpuMs = cpuMsSince(cpu);
  const toSidebar = blocks.take();
  await (plugin as unknown as { indexer: VaultIndexer }).indexer.background;
  const backgroundMs = performance.now() - started;
  const backgroundCpuMs = cpuMsSince(cpu);
  const background = blocks.take();
  const edit = await editProblem(app, plugin, problem, blocks);
  blocks.stop();
  fake.unload();
  const shown = first ?? { ms: sidebarMs, cpuMs: sidebarCpuMs, block: toSidebar.wall };
  return {
    firstSidebarMs: shown.ms,
    firstSidebarCpuMs: shown.cpuMs,
    firstMaxBlockMs: shown.block,
    sidebarMs,
    sidebarCpuMs,
    maxBlockMs: toSidebar.wall,
    maxBlockCpuMs: toSidebar.cpu,
    backgroundMs,
    backgroundCpuMs,
    backgroundMaxBlockMs: Math.max(toSidebar.wall, background.wall),
    backgroundMaxBlockCpuMs: Math.max(toSidebar.cpu, background.cpu),
    editMs: edit.ms,
    editMaxBlockMs: edit.block,
  };
}

/** Adds a question to the problem note as an edit in the editor would, and waits for the sidebar to show it. */
async function editProblem(app: App, plugin: MosaicPlugin, problem: string, blocks: BlockMonitor): Promise<{ ms: number; block: number }> {
  const file = app.vault.getFileByPath(problem);
  if (!file) return { ms: NaN, block: NaN };
  const text = await app.vault.read(file);
  blocks.take();
  const started = performance.now();
  const shown = new Promise<void>((resolve) => {
    const stop = plugin.onIndexChanged(() => {
      if (!JSON.stringify(plugin.index.problemTree(problem)?.root ?? null).includes('"An edited question?"')) return;
      stop();
      resolve();
    });
  });
  await app.vault.modify(file, `${text.trimEnd()}\n- An edited question?\n`);
  await shown;
  return { ms: performance.now() - started, block: blocks.take().wall };
}

async function main(): Promise<void> {
  const [vault = ".", problem = "", runsArg = "5"] = process.argv.slice(2);
  const files = readAll(vault);
  const cold: Session[] = [];
  const warm: Session[] = [];
  for (let i = 0; i < Number(runsArg); i++) {
    const adapter = new MemoryAdapter();
    cold.push(await session(files, adapter, problem));
    // On disk the cache is one file, read back as one flat string: not the chain of appended parts kept in memory.
    for (const [file, text] of adapter.files) adapter.files.set(file, Buffer.from(text, "utf8").toString("utf8"));
    warm.push(await session(files, adapter, problem));
  }
  process.stdout.write(`PLUGIN_START ${JSON.stringify({ cold, warm })}\n`);
}

void main();
