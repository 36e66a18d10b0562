// The plugin's cold and warm start on a generated vault, in Node on the in-memory Obsidian: time from layout-ready to
// a rendered sidebar of the biggest problem, and the longest main-thread block meanwhile (and until the background
// check of cached notes and the cache save are done). Built with `obsidian` aliased to tests/fakes/obsidian.
// Usage: node plugin-start.js <vault> <problem path> <runs>; prints one JSON line.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { SidebarRenderer } from "../src/ui/sidebar/render-sidebar";
import type { VaultIndexer } from "../src/plugin/indexer";
import { createContainer } from "../tests/fakes/obsidian/dom";
import { createPlugin } from "../tests/helpers/fake-plugin";
import { MemoryAdapter } from "../tests/helpers/memory-adapter";
import { sidebarModel } from "../src/core/query/sidebar";

interface Session {
  sidebarMs: number;
  /** CPU time of the whole process (all threads) meanwhile: steadier than wall time on a busy machine. */
  sidebarCpuMs: number;
  maxBlockMs: number;
  backgroundMs: number;
  backgroundCpuMs: number;
  backgroundMaxBlockMs: number;
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

/** The longest gap between ticks of a 1 ms timer: the longest time the main thread did not get back to its loop. */
class BlockMonitor {
  max = 0;
  private last = performance.now();
  private readonly timer = setInterval(() => {
    const now = performance.now();
    this.max = Math.max(this.max, now - this.last);
    this.last = now;
  }, 1);

  /** The longest gap so far, including the one still open; then starts counting again. */
  take(): number {
    const max = Math.max(this.max, performance.now() - this.last);
    this.max = 0;
    return max;
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
  const blocks = new BlockMonitor();
  const started = performance.now();
  const cpu = process.cpuUsage();
  app.workspace.triggerLayoutReady__();
  await plugin.indexing;
  const model = sidebarModel(plugin.index, problem);
  const handlers = { open: () => undefined, hover: () => undefined, contextMenu: () => undefined };
  new SidebarRenderer(createContainer(), handlers).render(model, { collapsed: new Set(), filter: "", showAddressers: true, showDiagnostics: true });
  const sidebarMs = performance.now() - started;
  const sidebarCpuMs = cpuMsSince(cpu);
  const maxBlockMs = blocks.take();
  await (plugin as unknown as { indexer: VaultIndexer }).indexer.background;
  const backgroundMs = performance.now() - started;
  const backgroundCpuMs = cpuMsSince(cpu);
  const backgroundMaxBlockMs = Math.max(maxBlockMs, blocks.take());
  blocks.stop();
  fake.unload();
  return { sidebarMs, sidebarCpuMs, maxBlockMs, backgroundMs, backgroundCpuMs, backgroundMaxBlockMs };
}

async function main(): Promise<void> {
  const [vault = ".", problem = "", runsArg = "5"] = process.argv.slice(2);
  const files = readAll(vault);
  const cold: Session[] = [];
  const warm: Session[] = [];
  for (let i = 0; i < Number(runsArg); i++) {
    const adapter = new MemoryAdapter();
    cold.push(await session(files, adapter, problem));
    warm.push(await session(files, adapter, problem));
  }
  process.stdout.write(`PLUGIN_START ${JSON.stringify({ cold, warm })}\n`);
}

void main();
