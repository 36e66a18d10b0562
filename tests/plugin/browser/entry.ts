// Browser entry: the real plugin (sidebar view included) running on the in-memory Obsidian fake, driven from the test.
import { VIEW_TYPE_MOSAIC_SIDEBAR } from "../../../src/plugin/sidebar-view";
import { fakeUi, installDomHelpers } from "../../fakes/obsidian";
import { appendLine, createPlugin } from "../../helpers/fake-plugin";

declare const VAULT_FILES: Record<string, string>;

export interface PageEvent {
  name: "hover-link" | "file-menu";
  path: string;
  source: string;
}

export interface PageApi {
  start(): Promise<void>;
  openSidebar(): Promise<void>;
  openNote(path: string): Promise<void>;
  appendLine(path: string, line: string): Promise<void>;
  activePath(): string | null;
  activeLine(): number | null;
  sidebarCount(): number;
  menusShown(): number;
  unload(): { vault: number; workspace: number };
  diagnosticCodes(): string[];
  setShowAddressers(show: boolean): Promise<void>;
  setProblemTags(tags: string[]): Promise<void>;
  __events: PageEvent[];
}

const w = window as unknown as Window & PageApi;
w.__events = [];
installDomHelpers();
const { app, plugin, fake } = createPlugin(VAULT_FILES);

app.workspace.on("hover-link", (info: { linktext: string; source: string }) => {
  w.__events.push({ name: "hover-link", path: info.linktext, source: info.source });
});
app.workspace.on("file-menu", (_menu: unknown, file: { path: string }, source: string) => {
  w.__events.push({ name: "file-menu", path: file.path, source });
});

w.start = async () => {
  await fake.load__();
  app.workspace.triggerLayoutReady__();
  await plugin.indexing;
  await fake.commands__.get("open-sidebar")?.callback?.();
  const view = app.workspace.getLeavesOfType(VIEW_TYPE_MOSAIC_SIDEBAR)[0]?.view;
  if (!view) throw new Error("open-sidebar opened no view");
  document.getElementById("pane")?.appendChild(view.containerEl);
};

w.openSidebar = async () => {
  await fake.commands__.get("open-sidebar")?.callback?.();
};

w.openNote = async (path) => {
  const file = app.vault.getFileByPath(path);
  if (!file) throw new Error(`no ${path}`);
  const main = app.workspace.leaves__.find((l) => l.side__ === "main") ?? app.workspace.getLeaf(false);
  await main.openFile(file);
};

w.appendLine = (path, line) => appendLine(app, path, line);

w.activePath = () => app.workspace.leaves__.find((l) => l.side__ === "main" && l === app.workspace.activeLeaf)?.file__?.path ?? null;
w.activeLine = () => {
  const line = app.workspace.activeLeaf?.eState__?.line;
  return typeof line === "number" ? line : null;
};
w.sidebarCount = () => app.workspace.getLeavesOfType(VIEW_TYPE_MOSAIC_SIDEBAR).length;
w.menusShown = () => fakeUi.menus.filter((m) => m.shown__).length;
w.setShowAddressers = (show) => plugin.updateSettings({ showAddressers: show }, false);
w.setProblemTags = async (tags) => {
  await plugin.updateSettings({ kindTags: { ...plugin.settings.kindTags, problem: tags } }, true);
  await new Promise((resolve) => window.setTimeout(resolve, 900)); // the re-index is debounced
  await plugin.indexing;
  await new Promise((resolve) => window.setTimeout(resolve, 10));
};
w.diagnosticCodes = () => plugin.index.diagnostics().map((d) => d.code);
w.unload = () => {
  fake.unload();
  return { vault: app.vault.listenerCount__(), workspace: app.workspace.listenerCount__() };
};
