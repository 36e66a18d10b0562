// The Obsidian plugin: lifecycle only (settings, index, views, commands, status bar); the work lives in src/plugin/*.
import { debounce, Plugin, type HoverParent, type TFile } from "obsidian";
import type { MosaicIndex } from "../core/index/mosaic-index";
import type { TreeNode } from "../core/model";
import type { SidebarState } from "../ui/sidebar/render-sidebar";
import { createApi, type MosaicApi } from "./api";
import { registerCodeBlock, type CodeBlockHost } from "./code-block";
import type { CommandHost } from "./commands/command-host";
import { registerDiagnosticsCommand } from "./commands/diagnostics-command";
import { registerExchangeCommands } from "./commands/exchange";
import { registerWalkCommands } from "./commands/walk-commands";
import { registerViewCommands } from "./commands/view-commands";
import { registerWriteCommands } from "./commands/write-commands";
import type { Positions } from "../ui/graph/graph-scene";
import { GRAPH_LAYOUT_KEY, readStoredPositions, storedPositions } from "./graph-layout-store";
import { MosaicGraphView, VIEW_TYPE_MOSAIC_GRAPH } from "./graph-view";
import { SLICE_MS, VaultIndexer } from "./indexer";
import { Slicer, urgently, yieldInBackground, yieldToUi } from "./time-slices";
import { pluginCacheStore } from "./note-cache-store";
import { confirmLink } from "./link-question-modal";
import { openNoteAt, revealView } from "./navigation";
import { ObsidianLinkResolver } from "./obsidian-resolver";
import { coreSettings, migrateSettings, type MosaicSettingsData } from "./settings";
import { MosaicSettingTab, type SettingsHost } from "./settings-tab";
import { MosaicSidebarView, VIEW_TYPE_MOSAIC_SIDEBAR, type SidebarHost } from "./sidebar-view";
import { progressText } from "./status-text";
import { SlicedSummary } from "./status-summary";
import { ReadingSuggestions } from "./suggestions";
import { questionEntries } from "../core/query/questions";

/** Settings edits arrive per keystroke; re-index once typing pauses. */
const REINDEX_DELAY_MS = 800;
const SAVE_POSITIONS_DELAY_MS = 2000;

export default class MosaicPlugin extends Plugin implements CommandHost, SidebarHost, SettingsHost, CodeBlockHost {
  override settings: MosaicSettingsData = migrateSettings(null);
  /** The public API: `app.plugins.plugins["alignment-mosaic"].api` (see src/plugin/api.ts and the README). */
  readonly api: MosaicApi = createApi(this);
  private readonly suggestions = new ReadingSuggestions(() => this.index, { pause: yieldInBackground, sliceMs: SLICE_MS, ready: () => void yieldToUi().then(() => this.refreshSidebars()) });
  private indexer!: VaultIndexer;
  private listeners = new Set<() => void>();
  private sidebarStates = new Map<string, SidebarState>();
  private statusEl!: HTMLElement;
  private notifyPending = false;
  private readonly summary = new SlicedSummary(yieldInBackground, SLICE_MS);
  private unloaded = false;
  /** Settles when the current full index is done (tests and the re-index wait on it). */
  indexing: Promise<unknown> = Promise.resolve();
  private readonly scheduleReindex = debounce(() => this.reindex(), REINDEX_DELAY_MS, true);
  private positions: Positions = new Map();
  /** Positions change on every layout and drag; writing them once things are quiet is enough. */
  private readonly savePositionsSoon = debounce(() => void this.saveData(this.dataToSave()), SAVE_POSITIONS_DELAY_MS, true);

  get index(): MosaicIndex {
    return this.indexer.index;
  }

  /** The index, or null before `onload` made it (the API answers as for an empty vault then). */
  readyIndex(): MosaicIndex | null {
    return (this.indexer as VaultIndexer | undefined)?.index ?? null;
  }

  override async onload(): Promise<void> {
    const saved: unknown = await this.loadData();
    this.settings = migrateSettings(saved);
    this.positions = readStoredPositions(saved);
    const resolver = new ObsidianLinkResolver(this.app.metadataCache);
    this.indexer = new VaultIndexer(this.app, coreSettings(this.settings), resolver, {
      changed: () => this.scheduleNotify(),
      // The summary follows with the notification of the finished index.
      progress: (done, total) => (done < total ? this.showStatus(progressText(done, total)) : undefined),
    });
    this.indexer.showFirstSidebarOf(() => (this.app.workspace.getLeavesOfType(VIEW_TYPE_MOSAIC_SIDEBAR).length > 0 ? (this.activeNote()?.path ?? null) : null));
    const cache = pluginCacheStore(this.app, this.manifest, yieldInBackground, SLICE_MS);
    if (cache) this.indexer.useCache(cache);
    this.statusEl = this.addStatusBarItem();
    this.statusEl.addClass("mosaic-status");
    this.statusEl.hide();

    this.registerView(VIEW_TYPE_MOSAIC_SIDEBAR, (leaf) => new MosaicSidebarView(leaf, this));
    this.registerView(VIEW_TYPE_MOSAIC_GRAPH, (leaf) => new MosaicGraphView(leaf, this));
    this.registerHoverLinkSource(VIEW_TYPE_MOSAIC_SIDEBAR, { display: "Mosaic", defaultMod: true });
    this.registerHoverLinkSource(VIEW_TYPE_MOSAIC_GRAPH, { display: "Mosaic graph", defaultMod: false });
    this.addRibbonIcon("network", "Mosaic sidebar", () => this.activateView(VIEW_TYPE_MOSAIC_SIDEBAR, "right"));
    registerViewCommands(this, VIEW_TYPE_MOSAIC_SIDEBAR, VIEW_TYPE_MOSAIC_GRAPH);
    registerWalkCommands(this);
    registerWriteCommands(this);
    registerDiagnosticsCommand(this);
    registerExchangeCommands(this);
    registerCodeBlock(this, this);
    this.addSettingTab(new MosaicSettingTab(this.app, this, this));
    this.register(() => {
      this.unloaded = true;
      this.scheduleReindex.cancel();
      this.savePositionsSoon.run();
      this.summary.cancel();
      this.suggestions.stop();
      this.listeners.clear();
    });

    this.app.workspace.onLayoutReady(() => {
      if (this.unloaded) return; // disabled before the layout was ready
      this.indexer.follow(this);
      this.indexing = this.indexer.indexAll();
    });
  }

  /** Obsidian calls this when data.json changed on disk (e.g. synced from another device). */
  override async onExternalSettingsChange(): Promise<void> {
    this.settings = migrateSettings(await this.loadData());
    this.scheduleReindex();
  }

  // ---- MosaicHost

  onIndexChanged(cb: () => void): () => void {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  }

  openNote(path: string, line: number | null, newTab: boolean): Promise<void> {
    return openNoteAt(this.app, path, line, newTab);
  }

  graphPositions(): Positions {
    return this.positions;
  }

  keepGraphPositions(positions: Positions): void {
    this.positions = new Map(positions);
    this.savePositionsSoon();
  }

  // ---- SidebarHost, CommandHost

  sidebarState(path: string): SidebarState {
    let state = this.sidebarStates.get(path);
    if (!state) {
      state = { collapsed: new Set(), filter: "", showAddressers: true, showDiagnostics: true };
      this.sidebarStates.set(path, state);
    }
    state.showAddressers = this.settings.showAddressers;
    state.showDiagnostics = this.settings.showDiagnostics;
    state.suggestions = this.settings.showSuggestions ? this.suggestions.forProblem(path) : null;
    return state;
  }

  // ---- CodeBlockHost, ApiHost

  resolveLink(linkpath: string, sourcePath: string): string | null {
    return this.app.metadataCache.getFirstLinkpathDest(linkpath, sourcePath)?.path ?? null;
  }

  hoverLink(event: MouseEvent, path: string, targetEl: HTMLElement, sourcePath: string, hoverParent: HoverParent): void {
    this.app.workspace.trigger("hover-link", { event, source: "preview", hoverParent, targetEl, linktext: path, sourcePath });
  }

  nextReport(path: string | undefined): ReturnType<ReadingSuggestions["report"]> {
    return this.readyIndex() ? this.suggestions.report(path) : null;
  }

  linkToQuestion(sourcePath: string, node: TreeNode): void {
    const entry = questionEntries(this.index).find((q) => q.node.path === node.path && q.node.line === node.line);
    if (entry) void confirmLink(this.app, this.settings, sourcePath, entry);
  }

  activeNote(): TFile | null {
    const file = this.app.workspace.getActiveFile();
    return file && file.extension === "md" ? file : null;
  }

  activateView(type: string, where: "right" | "main"): Promise<void> {
    return revealView(this.app, type, where);
  }

  // ---- SettingsHost

  async updateSettings(patch: Partial<MosaicSettingsData>, reindex: boolean): Promise<void> {
    this.settings = migrateSettings({ ...this.settings, ...patch });
    await this.saveData(this.dataToSave());
    if (reindex) this.scheduleReindex();
    else this.notify();
  }

  // ---- internals

  /** Settings and the graph's positions share data.json. */
  private dataToSave(): Record<string, unknown> {
    return { ...this.settings, [GRAPH_LAYOUT_KEY]: storedPositions(this.positions) };
  }

  private reindex(): void {
    this.indexing = this.indexer.indexAll(coreSettings(this.settings));
  }

  /**
   * Coalesces a burst of index changes (a sync, a multi-file rename) into one notification. Listeners run in a turn of
   * their own (yieldToUi), never in the same task as a slice of the index, and once the vault-wide Lens checks are
   * worked out in slices: else the first sidebar render after an edit did them at once. Urgently: background work
   * waits meanwhile, since the user is waiting to see the change.
   */
  private scheduleNotify(): void {
    if (this.notifyPending) return;
    this.notifyPending = true;
    void urgently(async () => {
      await yieldToUi();
      const slicer = new Slicer(yieldToUi, SLICE_MS, () => this.unloaded);
      // A change meanwhile leaves the checks undone: work them out again for it, a few times at most.
      for (let round = 0; round < 3 && !this.unloaded; round++) {
        const index = this.index;
        const revision = index.revision;
        await slicer.run(index.diagnosticSteps());
        if (this.index === index && index.revision === revision) break;
      }
      this.notifyPending = false;
      if (!this.unloaded) this.notify();
    });
  }

  private notify(): void {
    for (const cb of [...this.listeners]) cb();
    // The first sidebar's index holds a few notes: the status bar keeps showing the progress of the full one.
    if (this.indexer.partial) return;
    // After the views: the summary builds every problem's tree, in slices.
    void this.summary.compute(this.index).then((text) => {
      if (text !== undefined && !this.unloaded) this.showStatus(text);
    });
  }

  /** Renders the sidebars again though the index did not change (their suggestions are ready). */
  private refreshSidebars(): void {
    if (this.unloaded) return;
    for (const leaf of this.app.workspace.getLeavesOfType(VIEW_TYPE_MOSAIC_SIDEBAR)) if (leaf.view instanceof MosaicSidebarView) leaf.view.refresh(true);
  }

  /** Shows `text`, or hides the status (null: the vault has no problems). */
  private showStatus(shown: string | null): void {
    if (shown === null) {
      this.statusEl.hide();
      return;
    }
    this.statusEl.setText(shown);
    this.statusEl.show();
  }
}
