// An in-memory Obsidian API for node tests (and browser tests via esbuild): exactly the parts src/plugin uses.
// obsidian-test-mocks needs a DOM (jsdom) at import time, which this project does not install; see README.md here.
import type * as O from "obsidian";
import { createContainer } from "./dom";

export { FakeElement, createContainer, installDomHelpers } from "./dom";

// Node has no `window`; plugin code uses window.setTimeout as Obsidian plugins should.
const g = globalThis as unknown as Record<string, unknown>;
if (g.window === undefined) g.window = globalThis;

/** What tests inspect: notices shown, modals opened, menus shown. Reset between tests with `resetFakeUi()`. */
export const fakeUi = {
  notices: [] as string[],
  modals: [] as Modal[],
  menus: [] as Menu[],
};

export function resetFakeUi(): void {
  fakeUi.notices.length = 0;
  fakeUi.modals.length = 0;
  fakeUi.menus.length = 0;
}

// ---------------------------------------------------------------- events

export interface EventRef {
  readonly events__: Events;
  readonly name: string;
  readonly callback: (...data: unknown[]) => unknown;
  readonly ctx: unknown;
}

export class Events {
  private handlers = new Map<string, EventRef[]>();

  on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): EventRef {
    const ref: EventRef = { events__: this, name, callback: callback as (...data: unknown[]) => unknown, ctx };
    this.handlers.set(name, [...(this.handlers.get(name) ?? []), ref]);
    return ref;
  }
  off(name: string, callback: (...data: never[]) => unknown): void {
    this.handlers.set(name, (this.handlers.get(name) ?? []).filter((r) => r.callback !== callback));
  }
  offref(ref: EventRef): void {
    this.handlers.set(ref.name, (this.handlers.get(ref.name) ?? []).filter((r) => r !== ref));
  }
  trigger(name: string, ...data: unknown[]): void {
    for (const ref of [...(this.handlers.get(name) ?? [])]) this.tryTrigger(ref, data);
  }
  tryTrigger(ref: EventRef, args: unknown[]): void {
    try {
      ref.callback.apply(ref.ctx, args);
    } catch (e) {
      console.error(e);
    }
  }
  /** Test helper: how many handlers are registered (for one event name, or all). */
  listenerCount__(name?: string): number {
    if (name !== undefined) return this.handlers.get(name)?.length ?? 0;
    let n = 0;
    for (const refs of this.handlers.values()) n += refs.length;
    return n;
  }
}

// ---------------------------------------------------------------- files

export abstract class TAbstractFile {
  vault: Vault;
  path: string;
  name: string;
  parent: TFolder | null = null;
  constructor(vault: Vault, path: string) {
    this.vault = vault;
    this.path = path;
    this.name = path.split("/").pop() ?? path;
  }
}

export class TFile extends TAbstractFile {
  stat = { ctime: 0, mtime: 0, size: 0 };
  get basename(): string {
    return this.name.replace(/\.[^.]*$/, "");
  }
  get extension(): string {
    const m = /\.([^.]*)$/.exec(this.name);
    return m?.[1] ?? "";
  }
}

export class TFolder extends TAbstractFile {
  children: TAbstractFile[] = [];
  isRoot(): boolean {
    return this.path === "/";
  }
}

function parentPath(path: string): string {
  const i = path.lastIndexOf("/");
  return i < 0 ? "/" : path.slice(0, i);
}

export class Vault extends Events {
  private files = new Map<string, TAbstractFile>();
  private contents = new Map<string, string>();
  /** Test counters: every write through modify/process/create/append, and every read. */
  writes__ = 0;
  reads__ = 0;
  /** Bumped whenever a file or folder is added or removed (the link index below is rebuilt from it). */
  version__ = 0;
  /** Bumped whenever a file's text is set (resolvedLinks is rebuilt from it). */
  textVersion__ = 0;
  private clock = 1;

  constructor() {
    super();
    const root = new TFolder(this, "/");
    root.name = "";
    this.files.set("/", root);
  }

  getRoot(): TFolder {
    const root = this.files.get("/");
    if (!(root instanceof TFolder)) throw new Error("the vault lost its root");
    return root;
  }
  getName(): string {
    return "fake-vault";
  }
  getAbstractFileByPath(path: string): TAbstractFile | null {
    return this.files.get(normalizePath(path)) ?? null;
  }
  getFileByPath(path: string): TFile | null {
    const f = this.getAbstractFileByPath(path);
    return f instanceof TFile ? f : null;
  }
  getFolderByPath(path: string): TFolder | null {
    const f = this.getAbstractFileByPath(path);
    return f instanceof TFolder ? f : null;
  }
  getFiles(): TFile[] {
    return [...this.files.values()].filter((f): f is TFile => f instanceof TFile);
  }
  getMarkdownFiles(): TFile[] {
    return this.getFiles().filter((f) => f.extension === "md");
  }
  getAllLoadedFiles(): TAbstractFile[] {
    return [...this.files.values()];
  }

  private ensureFolder(path: string): TFolder {
    if (path === "/" || path === "") return this.getRoot();
    const existing = this.files.get(path);
    if (existing instanceof TFolder) return existing;
    const folder = new TFolder(this, path);
    this.attach(folder);
    return folder;
  }
  private attach(file: TAbstractFile): void {
    const parent = this.ensureFolder(parentPath(file.path));
    file.parent = parent;
    parent.children.push(file);
    this.files.set(file.path, file);
    this.version__++;
  }
  private detachFile(file: TAbstractFile): void {
    if (file.parent) file.parent.children = file.parent.children.filter((c) => c !== file);
    this.files.delete(file.path);
    this.version__++;
  }
  private setContent(file: TFile, data: string): void {
    this.contents.set(file.path, data);
    this.textVersion__++;
    file.stat = { ctime: file.stat.ctime || this.clock, mtime: ++this.clock, size: new TextEncoder().encode(data).length };
  }

  /** Test helper: adds a file without firing events (what is on disk before Obsidian starts). */
  seed__(path: string, data: string): TFile {
    const file = new TFile(this, normalizePath(path));
    this.attach(file);
    this.setContent(file, data);
    return file;
  }
  /** Test helper: pretends a file's size (e.g. a huge file) without storing that much text. */
  setSize__(file: TFile, size: number): void {
    file.stat = { ...file.stat, size };
  }
  /** Test helper: current text, no read counted. */
  text__(path: string): string | undefined {
    return this.contents.get(normalizePath(path));
  }

  create(path: string, data: string): Promise<TFile> {
    const p = normalizePath(path);
    if (this.files.has(p)) return Promise.reject(new Error(`File already exists: ${p}`));
    this.writes__++;
    const file = this.seed__(p, data);
    this.trigger("create", file);
    return Promise.resolve(file);
  }
  read(file: TFile): Promise<string> {
    return this.cachedRead(file);
  }
  cachedRead(file: TFile): Promise<string> {
    this.reads__++;
    const text = this.contents.get(file.path);
    if (text === undefined) return Promise.reject(new Error(`No such file: ${file.path}`));
    return Promise.resolve(text);
  }
  modify(file: TFile, data: string): Promise<void> {
    if (!this.contents.has(file.path)) return Promise.reject(new Error(`No such file: ${file.path}`));
    this.writes__++;
    this.setContent(file, data);
    this.trigger("modify", file);
    return Promise.resolve();
  }
  append(file: TFile, data: string): Promise<void> {
    return this.modify(file, (this.contents.get(file.path) ?? "") + data);
  }
  process(file: TFile, fn: (data: string) => string): Promise<string> {
    const before = this.contents.get(file.path);
    if (before === undefined) return Promise.reject(new Error(`No such file: ${file.path}`));
    const after = fn(before);
    this.writes__++;
    if (after !== before) {
      this.setContent(file, after);
      this.trigger("modify", file);
    }
    return Promise.resolve(after);
  }
  delete(file: TAbstractFile): Promise<void> {
    this.remove__(file);
    return Promise.resolve();
  }
  trash(file: TAbstractFile): Promise<void> {
    this.remove__(file);
    return Promise.resolve();
  }
  /** Removes a file (a folder with its contents), firing `delete` for each, as delete/trash/trashFile do. */
  remove__(file: TAbstractFile): void {
    if (file instanceof TFolder) for (const child of [...file.children]) this.remove__(child);
    this.detachFile(file);
    this.contents.delete(file.path);
    this.trigger("delete", file);
  }
  rename(file: TAbstractFile, newPath: string): Promise<void> {
    const p = normalizePath(newPath);
    if (this.files.has(p)) return Promise.reject(new Error(`Destination exists: ${p}`));
    const oldPath = file.path;
    const text = this.contents.get(oldPath);
    this.detachFile(file);
    this.contents.delete(oldPath);
    file.path = p;
    file.name = p.split("/").pop() ?? p;
    this.attach(file);
    if (text !== undefined) this.contents.set(p, text);
    this.trigger("rename", file, oldPath);
    return Promise.resolve();
  }
}

// ---------------------------------------------------------------- links

const WIKILINK = /(!?)\[\[([^\]|#]*)(#[^\]|]*)?(\|[^\]]*)?\]\]/g;

/** The vault's files by lower-case path and by lower-case name, in vault order, as Obsidian keeps them for links. */
interface LinkLookup {
  version: number;
  byPath: Map<string, TFile>;
  byName: Map<string, TFile[]>;
  /** Each file's place in the vault's order. */
  rank: Map<TFile, number>;
}

function buildLookup(vault: Vault): LinkLookup {
  const byPath = new Map<string, TFile>();
  const byName = new Map<string, TFile[]>();
  const rank = new Map<TFile, number>();
  for (const f of vault.getFiles()) {
    rank.set(f, rank.size);
    const lower = f.path.toLowerCase();
    if (!byPath.has(lower)) byPath.set(lower, f);
    const name = lower.slice(lower.lastIndexOf("/") + 1);
    const list = byName.get(name);
    if (list) list.push(f);
    else byName.set(name, [f]);
  }
  return { version: vault.version__, byPath, byName, rank };
}

export class MetadataCache extends Events {
  private lookup: LinkLookup | null = null;
  private resolved: { version: string; links: Record<string, Record<string, number>> } | null = null;

  constructor(private readonly vault: Vault) {
    super();
  }

  /** Source path -> resolved destination path -> link count, as Obsidian keeps it (rebuilt when the vault changed). */
  get resolvedLinks(): Record<string, Record<string, number>> {
    const version = `${this.vault.version__}/${this.vault.textVersion__}`;
    if (this.resolved?.version === version) return this.resolved.links;
    const links: Record<string, Record<string, number>> = {};
    for (const note of this.vault.getMarkdownFiles()) {
      const counts: Record<string, number> = {};
      for (const m of (this.vault.text__(note.path) ?? "").matchAll(WIKILINK)) {
        const dest = this.getFirstLinkpathDest(m[2] ?? "", note.path);
        if (dest) counts[dest.path] = (counts[dest.path] ?? 0) + 1;
      }
      links[note.path] = counts;
    }
    this.resolved = { version, links };
    return links;
  }

  private links(): LinkLookup {
    if (!this.lookup || this.lookup.version !== this.vault.version__) this.lookup = buildLookup(this.vault);
    return this.lookup;
  }

  /** Obsidian's resolution: relative paths, then an exact vault path, then the shortest path ending in the link; case-insensitive, `.md` optional. */
  getFirstLinkpathDest(linkpath: string, sourcePath: string): TFile | null {
    const clean = linkpath.split("#")[0]?.trim() ?? "";
    if (clean === "") return this.vault.getFileByPath(sourcePath);
    const lookup = this.links();
    // A dot in a note's name (`Outcome 1.1`, `A.I. - Final Invention`) is no extension: Obsidian still tries `.md`.
    const withExt = (p: string): string[] => (/\.[a-z0-9]+$/i.test(p) && !p.toLowerCase().endsWith(".md") ? [p, `${p}.md`] : p.toLowerCase().endsWith(".md") ? [p] : [`${p}.md`, p]);
    const byPath = (p: string): TFile | null => {
      for (const candidate of withExt(p)) {
        const hit = lookup.byPath.get(candidate.toLowerCase());
        if (hit) return hit;
      }
      return null;
    };
    const sourceDir = parentPath(sourcePath);
    if (clean.startsWith("./") || clean.startsWith("../")) {
      const parts = sourceDir === "/" ? [] : sourceDir.split("/");
      for (const seg of clean.split("/")) {
        if (seg === "..") parts.pop();
        else if (seg !== ".") parts.push(seg);
      }
      return byPath(parts.join("/"));
    }
    const exact = byPath(clean.replace(/^\//, ""));
    if (exact) return exact;
    // Files whose path ends in `/<candidate>` share the candidate's last segment as their name.
    const suffixes = withExt(clean).map((c) => "/" + c.toLowerCase());
    const named = new Set<TFile>();
    for (const s of suffixes) for (const f of lookup.byName.get(s.slice(s.lastIndexOf("/") + 1)) ?? []) named.add(f);
    const inOrder = [...named].sort((a, b) => (lookup.rank.get(a) ?? 0) - (lookup.rank.get(b) ?? 0));
    const matches = inOrder.filter((f) => suffixes.some((s) => ("/" + f.path.toLowerCase()).endsWith(s)));
    const sameDir = matches.find((f) => parentPath(f.path) === sourceDir);
    if (sameDir) return sameDir;
    matches.sort((a, b) => a.path.length - b.path.length || a.path.localeCompare(b.path));
    return matches[0] ?? null;
  }

  /** The shortest link text that resolves to `file` from `sourcePath`. */
  fileToLinktext(file: TFile, sourcePath: string, omitMdExtension = true): string {
    const name = omitMdExtension && file.extension === "md" ? file.basename : file.name;
    if (this.getFirstLinkpathDest(name, sourcePath) === file) return name;
    return omitMdExtension && file.extension === "md" ? file.path.replace(/\.md$/, "") : file.path;
  }
}

export class FileManager {
  constructor(
    private readonly vault: Vault,
    private readonly metadataCache: MetadataCache,
  ) {}

  /** Test helper: the folder "Default location for new notes" points at ("" or "/" for the vault root). */
  newFileFolder__ = "/";

  /** The folder new notes go to, per the user's preference; the fake returns `newFileFolder__` (created if needed). */
  getNewFileParent(sourcePath: string, newFilePath?: string): TFolder {
    void sourcePath;
    void newFilePath;
    return this.vault.getFolderByPath(this.newFileFolder__) ?? this.vault.getRoot();
  }

  /** Deletes as the user's "deleted files" preference says; the fake always deletes for good. */
  trashFile(file: TAbstractFile): Promise<void> {
    this.vault.remove__(file);
    return Promise.resolve();
  }

  /** Renames `file` and, as Obsidian does, rewrites wikilinks to it in every other markdown note (each a `modify`). */
  async renameFile(file: TAbstractFile, newPath: string): Promise<void> {
    if (!(file instanceof TFile)) return this.vault.rename(file, newPath);
    const rewrites: { note: TFile; pairs: [string, string][] }[] = [];
    for (const note of this.vault.getMarkdownFiles()) {
      const text = this.vault.text__(note.path) ?? "";
      const pairs: [string, string][] = [];
      for (const m of text.matchAll(WIKILINK)) {
        if (this.metadataCache.getFirstLinkpathDest(m[2] ?? "", note.path) === file && (m[2] ?? "") !== "") pairs.push([m[0], m[2] ?? ""]);
      }
      if (pairs.length > 0) rewrites.push({ note, pairs });
    }
    await this.vault.rename(file, newPath);
    for (const { note, pairs } of rewrites) {
      const linktext = this.metadataCache.fileToLinktext(file, note.path);
      let text = this.vault.text__(note.path) ?? "";
      for (const [whole, path] of pairs) text = text.split(whole).join(whole.replace(`[[${path}`, `[[${linktext}`));
      await this.vault.modify(note, text);
    }
  }
}

// ---------------------------------------------------------------- components, plugin, views

export class Component {
  private cleanups: (() => unknown)[] = [];
  private childComponents: Component[] = [];
  loaded__ = false;

  load(): void {
    this.loaded__ = true;
    void this.onload();
    for (const c of this.childComponents) c.load();
  }
  onload(): void | Promise<void> {}
  unload(): void {
    for (const c of this.childComponents) c.unload();
    this.childComponents = [];
    while (this.cleanups.length > 0) this.cleanups.pop()?.();
    this.loaded__ = false;
    this.onunload();
  }
  onunload(): void {}
  addChild<T extends Component>(component: T): T {
    this.childComponents.push(component);
    if (this.loaded__) component.load();
    return component;
  }
  removeChild<T extends Component>(component: T): T {
    this.childComponents = this.childComponents.filter((c) => c !== component);
    component.unload();
    return component;
  }
  register(cb: () => unknown): void {
    this.cleanups.push(cb);
  }
  registerEvent(ref: EventRef): void {
    this.register(() => ref.events__.offref(ref));
  }
  registerDomEvent(el: { addEventListener(t: string, l: (e: never) => unknown, o?: unknown): void; removeEventListener(t: string, l: (e: never) => unknown, o?: unknown): void }, type: string, callback: (ev: never) => unknown, options?: boolean | AddEventListenerOptions): void {
    el.addEventListener(type, callback, options);
    this.register(() => el.removeEventListener(type, callback, options));
  }
  registerInterval(id: number): number {
    this.register(() => window.clearInterval(id));
    return id;
  }
  /** Test helper: how many cleanups are pending (registered and not yet run). */
  pendingCleanups__(): number {
    return this.cleanups.length;
  }
}

export interface Command {
  id: string;
  name: string;
  icon?: string;
  callback?: () => unknown;
  checkCallback?: (checking: boolean) => boolean | void;
  editorCallback?: (editor: never, ctx: never) => unknown;
  editorCheckCallback?: (checking: boolean, editor: never, ctx: never) => boolean | void;
  hotkeys?: unknown[];
}

export interface PluginManifest {
  id: string;
  name: string;
  version: string;
  minAppVersion: string;
  author: string;
  description: string;
  dir?: string;
  isDesktopOnly?: boolean;
}

export type ViewCreator = (leaf: WorkspaceLeaf) => View;

export abstract class Plugin extends Component {
  app: App;
  manifest: PluginManifest;
  /** Test helpers: what the plugin registered. */
  commands__ = new Map<string, Command>();
  settingTabs__: PluginSettingTab[] = [];
  statusBarItems__: HTMLElement[] = [];
  hoverSources__ = new Map<string, { display: string; defaultMod: boolean }>();
  codeBlockProcessors__ = new Map<string, CodeBlockHandler>();
  private data: unknown = null;
  saves__ = 0;

  constructor(app: App, manifest: PluginManifest) {
    super();
    this.app = app;
    this.manifest = manifest;
  }

  /** Test helper: runs onload and waits for it, as Obsidian does when enabling a plugin. */
  async load__(): Promise<void> {
    this.load();
    await Promise.resolve(this.onloadPromise__);
  }
  private onloadPromise__: unknown;
  override load(): void {
    this.loaded__ = true;
    const { plugins } = this.app.plugins;
    plugins[this.manifest.id] = this;
    this.register(() => {
      if (plugins[this.manifest.id] === this) delete plugins[this.manifest.id];
    });
    this.onloadPromise__ = this.onload();
  }

  setData__(data: unknown): void {
    this.data = data;
  }
  data__(): unknown {
    return this.data;
  }
  loadData(): Promise<unknown> {
    return Promise.resolve(this.data === null ? null : JSON.parse(JSON.stringify(this.data)));
  }
  saveData(data: unknown): Promise<void> {
    this.saves__++;
    this.data = JSON.parse(JSON.stringify(data));
    return Promise.resolve();
  }
  addCommand(command: Command): Command {
    const full = { ...command, id: `${this.manifest.id}:${command.id}` };
    this.commands__.set(command.id, full);
    this.app.commands__.set(full.id, full);
    this.register(() => this.app.commands__.delete(full.id));
    return full;
  }
  removeCommand(id: string): void {
    this.commands__.delete(id);
    this.app.commands__.delete(`${this.manifest.id}:${id}`);
  }
  addSettingTab(tab: PluginSettingTab): void {
    this.settingTabs__.push(tab);
  }
  addStatusBarItem(): HTMLElement {
    const el = createContainer();
    this.statusBarItems__.push(el);
    this.register(() => el.detach());
    return el;
  }
  addRibbonIcon(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
    const el = createContainer();
    el.setAttr("aria-label", title);
    el.setAttr("data-icon", icon);
    el.addEventListener("click", callback as (e: Event) => unknown);
    this.register(() => el.detach());
    return el;
  }
  registerView(type: string, creator: ViewCreator): void {
    this.app.viewRegistry__.set(type, creator);
    this.register(() => this.app.viewRegistry__.delete(type));
  }
  registerMarkdownCodeBlockProcessor(language: string, handler: CodeBlockHandler, sortOrder?: number): unknown {
    void sortOrder;
    this.codeBlockProcessors__.set(language, handler);
    this.register(() => this.codeBlockProcessors__.delete(language));
    return handler;
  }
  registerHoverLinkSource(id: string, info: { display: string; defaultMod: boolean }): void {
    this.hoverSources__.set(id, info);
    this.register(() => this.hoverSources__.delete(id));
  }
}

export abstract class View extends Component {
  app: App;
  leaf: WorkspaceLeaf;
  containerEl: HTMLElement;
  icon = "";
  navigation = false;
  constructor(leaf: WorkspaceLeaf) {
    super();
    this.leaf = leaf;
    this.app = leaf.app__;
    this.containerEl = createContainer();
  }
  abstract getViewType(): string;
  abstract getDisplayText(): string;
  getIcon(): string {
    return this.icon;
  }
  protected onOpen(): Promise<void> {
    return Promise.resolve();
  }
  protected onClose(): Promise<void> {
    return Promise.resolve();
  }
  /** Test/workspace helpers: Obsidian calls these when a leaf shows or drops the view. */
  async open__(): Promise<void> {
    this.load();
    await this.onOpen();
  }
  async close__(): Promise<void> {
    await this.onClose();
    this.unload();
  }
  getState(): Record<string, unknown> {
    return {};
  }
  setState(): Promise<void> {
    return Promise.resolve();
  }
  getEphemeralState(): Record<string, unknown> {
    return {};
  }
  setEphemeralState(): void {}
  onResize(): void {}
}

export abstract class ItemView extends View {
  contentEl: HTMLElement;
  constructor(leaf: WorkspaceLeaf) {
    super(leaf);
    this.containerEl.createDiv({ cls: "view-header" });
    this.contentEl = this.containerEl.createDiv({ cls: "view-content" });
  }
  addAction(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
    const el = this.containerEl.createDiv({ cls: "view-action", attr: { "aria-label": title, "data-icon": icon } });
    el.addEventListener("click", callback as (e: Event) => unknown);
    return el;
  }
}

/** A component tied to a rendered block of a note (a code block processor's output); unloaded when the block goes. */
export class MarkdownRenderChild extends Component {
  containerEl: HTMLElement;
  constructor(containerEl: HTMLElement) {
    super();
    this.containerEl = containerEl;
  }
}

export interface MarkdownPostProcessorContext {
  docId: string;
  sourcePath: string;
  frontmatter: unknown;
  addChild(child: MarkdownRenderChild): void;
  getSectionInfo(el: HTMLElement): null;
}

export type CodeBlockHandler = (source: string, el: HTMLElement, ctx: MarkdownPostProcessorContext) => Promise<unknown> | void;

/** Test helper: what reading view does for one code block: a context whose children load now and unload on `unload__`. */
export class PostProcessorContext__ implements MarkdownPostProcessorContext {
  docId = "doc";
  frontmatter = null;
  children__: MarkdownRenderChild[] = [];
  constructor(readonly sourcePath: string) {}
  addChild(child: MarkdownRenderChild): void {
    this.children__.push(child);
    child.load();
  }
  getSectionInfo(): null {
    return null;
  }
  /** The block left the preview (note closed, block edited): its children unload. */
  unload__(): void {
    for (const c of this.children__.splice(0)) c.unload();
  }
}

export class MarkdownView extends ItemView {
  file: TFile | null = null;
  getViewType(): string {
    return "markdown";
  }
  getDisplayText(): string {
    return this.file?.basename ?? "";
  }
}

// ---------------------------------------------------------------- workspace

export interface OpenViewState {
  state?: Record<string, unknown>;
  eState?: Record<string, unknown>;
  active?: boolean;
}

export class WorkspaceLeaf extends Events {
  view: View | null = null;
  /** Test helpers: what this leaf shows and where. */
  file__: TFile | null = null;
  eState__: Record<string, unknown> | undefined;
  readonly side__: "main" | "right" | "left";
  constructor(
    readonly app__: App,
    side: "main" | "right" | "left",
  ) {
    super();
    this.side__ = side;
  }
  async openFile(file: TFile, state?: OpenViewState): Promise<void> {
    if (this.view && !(this.view instanceof MarkdownView)) await this.view.close__();
    if (!(this.view instanceof MarkdownView)) {
      const view = new MarkdownView(this);
      this.view = view;
      await view.open__();
    }
    (this.view as MarkdownView).file = file;
    this.file__ = file;
    this.eState__ = state?.eState;
    this.app__.workspace.setActiveLeaf__(this);
  }
  async setViewState(state: { type: string; active?: boolean; state?: Record<string, unknown> }): Promise<void> {
    const creator = this.app__.viewRegistry__.get(state.type);
    if (!creator) throw new Error(`No view registered for ${state.type}`);
    if (this.view) await this.view.close__();
    this.file__ = null;
    this.view = creator(this);
    await this.view.open__();
  }
  getViewState(): { type: string } {
    return { type: this.view?.getViewType() ?? "empty" };
  }
  detach(): void {
    void this.view?.close__();
    this.app__.workspace.removeLeaf__(this);
  }
}

export class Workspace extends Events {
  layoutReady = false;
  private readyCallbacks: (() => unknown)[] = [];
  leaves__: WorkspaceLeaf[] = [];
  activeLeaf: WorkspaceLeaf | null = null;
  /** Test helper: revealLeaf calls. */
  revealed__: WorkspaceLeaf[] = [];

  constructor(private readonly app: App) {
    super();
  }

  onLayoutReady(callback: () => unknown): void {
    if (this.layoutReady) void callback();
    else this.readyCallbacks.push(callback);
  }
  /** Test helper: Obsidian finished restoring the layout. */
  triggerLayoutReady__(): void {
    this.layoutReady = true;
    for (const cb of this.readyCallbacks.splice(0)) void cb();
    this.trigger("layout-ready");
  }
  getLeavesOfType(type: string): WorkspaceLeaf[] {
    return this.leaves__.filter((l) => l.view?.getViewType() === type);
  }
  getRightLeaf(split: boolean): WorkspaceLeaf {
    void split;
    return this.addLeaf__("right");
  }
  getLeftLeaf(split: boolean): WorkspaceLeaf {
    void split;
    return this.addLeaf__("left");
  }
  getLeaf(newLeaf?: boolean | "tab" | "split" | "window"): WorkspaceLeaf {
    if (newLeaf === undefined || newLeaf === false) {
      const current = this.activeLeaf?.side__ === "main" ? this.activeLeaf : this.leaves__.find((l) => l.side__ === "main");
      if (current) return current;
    }
    return this.addLeaf__("main");
  }
  addLeaf__(side: "main" | "right" | "left"): WorkspaceLeaf {
    const leaf = new WorkspaceLeaf(this.app, side);
    this.leaves__.push(leaf);
    return leaf;
  }
  removeLeaf__(leaf: WorkspaceLeaf): void {
    this.leaves__ = this.leaves__.filter((l) => l !== leaf);
    if (this.activeLeaf === leaf) this.activeLeaf = null;
  }
  revealLeaf(leaf: WorkspaceLeaf): Promise<void> {
    this.revealed__.push(leaf);
    return Promise.resolve();
  }
  setActiveLeaf__(leaf: WorkspaceLeaf): void {
    this.activeLeaf = leaf;
    this.trigger("active-leaf-change", leaf);
    if (leaf.file__) this.trigger("file-open", leaf.file__);
  }
  getActiveFile(): TFile | null {
    if (this.activeLeaf?.file__) return this.activeLeaf.file__;
    return this.lastFile__;
  }
  private get lastFile__(): TFile | null {
    const withFile = this.leaves__.filter((l) => l.file__ !== null);
    return withFile[withFile.length - 1]?.file__ ?? null;
  }
  getActiveViewOfType<T extends View>(type: abstract new (...args: never[]) => T): T | null {
    const view = this.activeLeaf?.view;
    return view instanceof type ? view : null;
  }
  async openLinkText(linktext: string, sourcePath: string, newLeaf?: boolean | "tab" | "split" | "window", state?: OpenViewState): Promise<void> {
    const file = this.app.metadataCache.getFirstLinkpathDest(linktext, sourcePath);
    if (!file) return;
    await this.getLeaf(newLeaf).openFile(file, state);
  }
}

export class App {
  vault: Vault;
  metadataCache: MetadataCache;
  fileManager: FileManager;
  workspace: Workspace;
  /** Test helpers: registered commands by full id, and view factories by type. */
  commands__ = new Map<string, Command>();
  viewRegistry__ = new Map<string, ViewCreator>();
  /** Enabled plugins by id, as Obsidian's (undocumented but widely used) `app.plugins.plugins`. */
  plugins = { plugins: {} as Record<string, Plugin> };

  constructor() {
    this.vault = new Vault();
    this.metadataCache = new MetadataCache(this.vault);
    this.fileManager = new FileManager(this.vault, this.metadataCache);
    this.workspace = new Workspace(this);
  }

  /** Test helper: a vault holding `files` (path -> text) before the plugin loads. */
  static withFiles__(files: Record<string, string>): App {
    const app = new App();
    for (const [path, text] of Object.entries(files)) app.vault.seed__(path, text);
    return app;
  }
}

// ---------------------------------------------------------------- modals, menus, notices, settings

export class Modal {
  app: App;
  containerEl: HTMLElement;
  modalEl: HTMLElement;
  titleEl: HTMLElement;
  contentEl: HTMLElement;
  isOpen__ = false;
  constructor(app: App) {
    this.app = app;
    this.containerEl = createContainer();
    this.modalEl = this.containerEl.createDiv({ cls: "modal" });
    this.titleEl = this.modalEl.createDiv({ cls: "modal-title" });
    this.contentEl = this.modalEl.createDiv({ cls: "modal-content" });
  }
  open(): void {
    this.isOpen__ = true;
    fakeUi.modals.push(this);
    void this.onOpen();
  }
  close(): void {
    if (!this.isOpen__) return;
    this.isOpen__ = false;
    this.onClose();
  }
  onOpen(): Promise<void> | void {}
  onClose(): void {}
  setTitle(title: string): this {
    this.titleEl.setText(title);
    return this;
  }
  setContent(content: string): this {
    this.contentEl.setText(content);
    return this;
  }
}

export interface FuzzyMatch<T> {
  item: T;
  match: { score: number; matches: [number, number][] };
}

export abstract class SuggestModal<T> extends Modal {
  inputEl: HTMLInputElement;
  resultContainerEl: HTMLElement;
  placeholder__ = "";
  limit = 100;
  emptyStateText = "No results found.";
  constructor(app: App) {
    super(app);
    this.inputEl = this.modalEl.createEl("input");
    this.resultContainerEl = this.modalEl.createDiv({ cls: "prompt-results" });
  }
  setPlaceholder(placeholder: string): void {
    this.placeholder__ = placeholder;
  }
  setInstructions(): void {}
  abstract getSuggestions(query: string): T[] | Promise<T[]>;
  abstract renderSuggestion(value: T, el: HTMLElement): void;
  abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): void;
  /** Test helpers: the suggestions for a query, and choosing one as a click would. */
  async suggestions__(query: string): Promise<T[]> {
    return await this.getSuggestions(query);
  }
  choose__(item: T): void {
    this.close();
    this.onChooseSuggestion(item, {} as MouseEvent);
  }
}

export abstract class FuzzySuggestModal<T> extends SuggestModal<FuzzyMatch<T>> {
  getSuggestions(query: string): FuzzyMatch<T>[] {
    const q = query.toLowerCase().trim();
    return this.getItems()
      .filter((item) => q === "" || q.split(/\s+/).every((w) => this.getItemText(item).toLowerCase().includes(w)))
      .map((item) => ({ item, match: { score: 0, matches: [] } }));
  }
  renderSuggestion(item: FuzzyMatch<T>, el: HTMLElement): void {
    el.setText(this.getItemText(item.item));
  }
  onChooseSuggestion(item: FuzzyMatch<T>, evt: MouseEvent | KeyboardEvent): void {
    this.onChooseItem(item.item, evt);
  }
  abstract getItems(): T[];
  abstract getItemText(item: T): string;
  abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): void;
}

export class Notice {
  noticeEl: HTMLElement;
  constructor(message: string | DocumentFragment, duration?: number) {
    void duration;
    this.noticeEl = createContainer();
    fakeUi.notices.push(typeof message === "string" ? message : (message.textContent ?? ""));
  }
  setMessage(message: string): this {
    fakeUi.notices.push(message);
    return this;
  }
  hide(): void {}
}

export class MenuItem {
  title__ = "";
  onClick__: ((evt: MouseEvent | KeyboardEvent) => unknown) | null = null;
  setTitle(title: string): this {
    this.title__ = title;
    return this;
  }
  setIcon(icon: string | null): this {
    void icon;
    return this;
  }
  setSection(section: string): this {
    void section;
    return this;
  }
  onClick(cb: (evt: MouseEvent | KeyboardEvent) => unknown): this {
    this.onClick__ = cb;
    return this;
  }
}

export class Menu extends Component {
  items__: MenuItem[] = [];
  shown__ = false;
  addItem(cb: (item: MenuItem) => unknown): this {
    const item = new MenuItem();
    cb(item);
    this.items__.push(item);
    return this;
  }
  addSeparator(): this {
    return this;
  }
  showAtMouseEvent(evt: MouseEvent): this {
    void evt;
    this.shown__ = true;
    fakeUi.menus.push(this);
    return this;
  }
  showAtPosition(pos: { x: number; y: number }): this {
    void pos;
    this.shown__ = true;
    fakeUi.menus.push(this);
    return this;
  }
  hide(): this {
    this.shown__ = false;
    return this;
  }
}

abstract class ValueComponent<T> {
  protected value: T;
  protected changeCallback: ((value: T) => unknown) | null = null;
  constructor(initial: T) {
    this.value = initial;
  }
  getValue(): T {
    return this.value;
  }
  setValue(value: T): this {
    this.value = value;
    return this;
  }
  onChange(cb: (value: T) => unknown): this {
    this.changeCallback = cb;
    return this;
  }
  setDisabled(disabled: boolean): this {
    void disabled;
    return this;
  }
  /** Test helper: the user changes the value. */
  async change__(value: T): Promise<void> {
    this.value = value;
    await this.changeCallback?.(value);
  }
}

export class TextComponent extends ValueComponent<string> {
  inputEl: HTMLInputElement;
  constructor(containerEl: HTMLElement) {
    super("");
    this.inputEl = containerEl.createEl("input", { type: "text" });
  }
  setPlaceholder(placeholder: string): this {
    this.inputEl.setAttr("placeholder", placeholder);
    return this;
  }
}

export class TextAreaComponent extends TextComponent {}

export class ToggleComponent extends ValueComponent<boolean> {
  constructor(containerEl: HTMLElement) {
    super(false);
    containerEl.createDiv({ cls: "checkbox-container" });
  }
}

export class ButtonComponent {
  buttonEl: HTMLButtonElement;
  private clickCallback: (() => unknown) | null = null;
  constructor(containerEl: HTMLElement) {
    this.buttonEl = containerEl.createEl("button");
  }
  setButtonText(text: string): this {
    this.buttonEl.setText(text);
    return this;
  }
  setCta(): this {
    this.buttonEl.addClass("mod-cta");
    return this;
  }
  setWarning(): this {
    this.buttonEl.addClass("mod-warning");
    return this;
  }
  onClick(cb: () => unknown): this {
    this.clickCallback = cb;
    return this;
  }
  /** Test helper: the user clicks. */
  async click__(): Promise<void> {
    await this.clickCallback?.();
  }
}

export class Setting {
  settingEl: HTMLElement;
  nameEl: HTMLElement;
  descEl: HTMLElement;
  controlEl: HTMLElement;
  /** Test helpers: the setting's name and its controls. */
  name__ = "";
  heading__ = false;
  components__: (TextComponent | ToggleComponent | ButtonComponent)[] = [];
  static all__: Setting[] = [];

  constructor(containerEl: HTMLElement) {
    this.settingEl = containerEl.createDiv({ cls: "setting-item" });
    this.nameEl = this.settingEl.createDiv({ cls: "setting-item-name" });
    this.descEl = this.settingEl.createDiv({ cls: "setting-item-description" });
    this.controlEl = this.settingEl.createDiv({ cls: "setting-item-control" });
    Setting.all__.push(this);
  }
  setName(name: string): this {
    this.name__ = name;
    this.nameEl.setText(name);
    return this;
  }
  setDesc(desc: string): this {
    this.descEl.setText(desc);
    return this;
  }
  setHeading(): this {
    this.heading__ = true;
    this.settingEl.addClass("setting-item-heading");
    return this;
  }
  setClass(cls: string): this {
    this.settingEl.addClass(cls);
    return this;
  }
  addText(cb: (text: TextComponent) => unknown): this {
    const c = new TextComponent(this.controlEl);
    this.components__.push(c);
    cb(c);
    return this;
  }
  addTextArea(cb: (text: TextAreaComponent) => unknown): this {
    const c = new TextAreaComponent(this.controlEl);
    this.components__.push(c);
    cb(c);
    return this;
  }
  addToggle(cb: (toggle: ToggleComponent) => unknown): this {
    const c = new ToggleComponent(this.controlEl);
    this.components__.push(c);
    cb(c);
    return this;
  }
  addButton(cb: (button: ButtonComponent) => unknown): this {
    const c = new ButtonComponent(this.controlEl);
    this.components__.push(c);
    cb(c);
    return this;
  }
}

export abstract class PluginSettingTab {
  app: App;
  plugin: Plugin;
  containerEl: HTMLElement;
  constructor(app: App, plugin: Plugin) {
    this.app = app;
    this.plugin = plugin;
    this.containerEl = createContainer();
  }
  abstract display(): void;
  hide(): void {}
}

// ---------------------------------------------------------------- functions

export function normalizePath(path: string): string {
  let p = path.replace(/\\/g, "/").replace(/\/+/g, "/").replace(/\u00a0|\u202f/g, " ");
  if (p !== "/") p = p.replace(/^\/+|\/+$/g, "");
  return p === "" ? "/" : p.normalize("NFC");
}

export interface Debouncer<T extends unknown[], V> {
  (...args: [...T]): Debouncer<T, V>;
  cancel(): Debouncer<T, V>;
  run(): V | void;
}

/** Obsidian's debounce: calls `cb` once, `timeout` ms after the first call (or the last one with `resetTimer`). */
export function debounce<T extends unknown[], V>(cb: (...args: [...T]) => V, timeout = 0, resetTimer = false): Debouncer<T, V> {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: [...T] | null = null;
  const fire = (): V | void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const args = pending;
    pending = null;
    if (args) return cb(...args);
  };
  const debounced = ((...args: [...T]) => {
    pending = args;
    if (timer !== null && resetTimer) {
      clearTimeout(timer);
      timer = null;
    }
    if (timer === null) timer = setTimeout(fire, timeout);
    return debounced;
  }) as Debouncer<T, V>;
  debounced.cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    pending = null;
    return debounced;
  };
  debounced.run = fire;
  return debounced;
}

export function setIcon(el: HTMLElement, icon: string): void {
  el.setAttr("data-icon", icon);
}

export function setTooltip(el: HTMLElement, tooltip: string): void {
  el.setAttr("aria-label", tooltip);
}

export const Platform = { isMobile: false, isDesktop: true, isDesktopApp: false, isMobileApp: false };

export const Keymap = {
  isModEvent(evt?: { ctrlKey?: boolean; metaKey?: boolean } | null): boolean | "tab" {
    return evt?.ctrlKey === true || evt?.metaKey === true ? "tab" : false;
  },
};

// ---------------------------------------------------------------- honesty checks against the real `obsidian` types
// These fail to compile when the fake drifts from the real API: the fake accepts what real callers pass (the real
// callback and option types) and returns what the real API returns. The fake's TFile stands in for the real one.
type FilePart = Pick<O.TFile, "path" | "name" | "basename" | "extension" | "stat">;
type RootPart = Pick<O.TFolder, "path" | "name" | "isRoot">;
export function typeChecks__(app: App, file: TFile, leaf: WorkspaceLeaf): unknown[] {
  const asFile: FilePart = file;
  const root: RootPart = app.vault.getRoot();
  const fn: Parameters<O.Vault["process"]>[1] = (data) => data;
  const processed: ReturnType<O.Vault["process"]> = app.vault.process(file, fn);
  const read: ReturnType<O.Vault["cachedRead"]> = app.vault.cachedRead(file);
  const modified: ReturnType<O.Vault["modify"]> = app.vault.modify(file, "");
  const renamed: ReturnType<O.FileManager["renameFile"]> = app.fileManager.renameFile(file, "y.md");
  const onRename: Parameters<O.Vault["on"]>[1] = (f: O.TAbstractFile, oldPath: string) => [f, oldPath];
  const ref: Pick<O.EventRef, never> = app.vault.on("rename", onRename);
  const dest: FilePart | null = app.metadataCache.getFirstLinkpathDest("a", "b.md");
  const resolvedLinks: O.MetadataCache["resolvedLinks"] = app.metadataCache.resolvedLinks;
  const linktext: ReturnType<O.MetadataCache["fileToLinktext"]> = app.metadataCache.fileToLinktext(file, "x.md", true);
  const state: O.OpenViewState = { eState: { line: 1 }, active: true };
  const opened: ReturnType<O.WorkspaceLeaf["openFile"]> = leaf.openFile(file, state);
  const revealed: ReturnType<O.Workspace["revealLeaf"]> = app.workspace.revealLeaf(leaf);
  const right: Pick<O.WorkspaceLeaf, never> | null = app.workspace.getRightLeaf(false);
  const deb: O.Debouncer<[string], void> = debounce((s: string) => void s, 10, true);
  const norm: typeof O.normalizePath = normalizePath;
  const cmd: O.Command = { id: "x", name: "X", checkCallback: (checking: boolean) => checking };
  const fakeCmd: Command = cmd;
  const newParent: RootPart = app.fileManager.getNewFileParent("a.md");
  const manifest: PluginManifest = { id: "x", name: "X", version: "1", minAppVersion: "1", author: "a", description: "d" } satisfies O.PluginManifest;
  return [asFile, root, processed, read, modified, renamed, ref, dest, resolvedLinks, linktext, opened, revealed, right, deb, norm, fakeCmd, manifest, newParent];
}
