// Browser entry for the code block test: the real plugin on the in-memory fake, rendering ```mosaic blocks into the page.
import { VIEW_TYPE_MOSAIC_SIDEBAR } from "../../../src/plugin/sidebar-view";
import { installDomHelpers, PostProcessorContext__ } from "../../fakes/obsidian";
import { appendLine, createPlugin } from "../../helpers/fake-plugin";

declare const VAULT_FILES: Record<string, string>;

export interface BlockPageApi {
  start(): Promise<void>;
  renderBlock(id: string, source: string, sourcePath: string): Promise<void>;
  unloadBlock(id: string): void;
  appendLine(path: string, line: string): Promise<void>;
  listeners(): number;
  setTheme(dark: boolean): void;
  showSidebar(path: string): Promise<void>;
}

const w = window as unknown as Window & BlockPageApi;
installDomHelpers();
const { app, plugin, fake } = createPlugin(VAULT_FILES);
const contexts = new Map<string, PostProcessorContext__>();

w.start = async () => {
  await fake.load__();
  app.workspace.triggerLayoutReady__();
  await plugin.indexing;
};

w.renderBlock = async (id, source, sourcePath) => {
  const processor = fake.codeBlockProcessors__.get("mosaic");
  if (!processor) throw new Error("no mosaic processor");
  const section = document.createElement("div");
  section.id = id;
  section.className = "block-language-mosaic";
  document.getElementById("pane")?.appendChild(section);
  const ctx = new PostProcessorContext__(sourcePath);
  contexts.set(id, ctx);
  await processor(source, section, ctx);
};

w.unloadBlock = (id) => {
  contexts.get(id)?.unload__();
  contexts.delete(id);
};

w.appendLine = (path, line) => appendLine(app, path, line);

w.listeners = () => (plugin as unknown as { listeners: Set<unknown> }).listeners.size;

w.setTheme = (dark) => {
  document.body.classList.toggle("theme-dark", dark);
  document.body.classList.toggle("theme-light", !dark);
};

/** Opens the sidebar on `path` in #side (to look at the reading suggestions under gaps). */
w.showSidebar = async (path) => {
  await fake.commands__.get("open-sidebar")?.callback?.();
  const view = app.workspace.getLeavesOfType(VIEW_TYPE_MOSAIC_SIDEBAR)[0]?.view;
  if (!view) throw new Error("no sidebar");
  document.getElementById("side")?.appendChild(view.containerEl);
  const file = app.vault.getFileByPath(path);
  if (!file) throw new Error(`no ${path}`);
  await app.workspace.getLeaf(false).openFile(file);
};
