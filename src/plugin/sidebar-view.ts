// The Mosaic sidebar view: renders the active note's SidebarModel and wires clicks, hovers and menus to Obsidian.
import { ItemView, Menu, TFile, type WorkspaceLeaf } from "obsidian";
import type { TreeNode } from "../core/model";
import { SidebarRenderer, type SidebarHandlers, type SidebarState } from "../ui/sidebar/render-sidebar";
import type { MosaicHost } from "./host";
import { sidebarModel } from "../core/query/sidebar";

export const VIEW_TYPE_MOSAIC_SIDEBAR = "mosaic-sidebar";

export interface SidebarHost extends MosaicHost {
  /** The per-note UI state (collapsed rows, filter) kept for the session; the same object for the same path. */
  sidebarState(path: string): SidebarState;
  /** Opens the "link this note to a question" confirmation for `sourcePath` and the question `node`. */
  linkToQuestion(sourcePath: string, node: TreeNode): void;
}

export class MosaicSidebarView extends ItemView {
  private renderer: SidebarRenderer | null = null;
  private path: string | null = null;
  private renderedPath: string | null | undefined = undefined;
  private renderedRevision = -1;
  /** Texts given back to cached notes change the reading suggestions only. */
  private renderedTextRevision = -1;
  private renderedSettings: unknown = null;
  private renderedIndex: unknown = null;

  constructor(
    leaf: WorkspaceLeaf,
    private readonly host: SidebarHost,
  ) {
    super(leaf);
  }

  getViewType(): string {
    return VIEW_TYPE_MOSAIC_SIDEBAR;
  }

  getDisplayText(): string {
    return "Mosaic";
  }

  override getIcon(): string {
    return "network";
  }

  /** The note the sidebar shows (null: none yet). */
  get notePath(): string | null {
    return this.path;
  }

  override onOpen(): Promise<void> {
    this.contentEl.empty();
    this.contentEl.addClass("mosaic-sidebar-view");
    this.renderer = new SidebarRenderer(this.contentEl, this.handlers());
    this.register(this.host.onIndexChanged(() => this.refresh()));
    this.registerEvent(this.app.workspace.on("active-leaf-change", () => this.follow()));
    this.registerEvent(this.app.workspace.on("file-open", () => this.follow()));
    this.follow();
    return Promise.resolve();
  }

  override onClose(): Promise<void> {
    this.renderer?.destroy();
    this.renderer = null;
    return Promise.resolve();
  }

  /** Shows the active note; keeps the last one while the active leaf has no file (e.g. the sidebar itself). */
  follow(): void {
    const file = this.app.workspace.getActiveFile();
    if (file && file.extension === "md") this.path = file.path;
    this.refresh();
  }

  /** Re-renders when the note or the index changed since the last render. */
  refresh(force = false): void {
    if (!this.renderer) return;
    const index = this.host.index;
    const revision = index.revision;
    // A settings change replaces both the settings object and (after re-indexing) the index, whose revision
    // restarts: identity tells those apart where the revision number alone could repeat.
    const settings = this.host.settings;
    const same =
      this.path === this.renderedPath &&
      revision === this.renderedRevision &&
      index.textRevision === this.renderedTextRevision &&
      settings === this.renderedSettings &&
      index === this.renderedIndex;
    if (!force && same) return;
    this.renderedIndex = index;
    this.renderedPath = this.path;
    this.renderedRevision = revision;
    this.renderedTextRevision = index.textRevision;
    this.renderedSettings = settings;
    if (this.path === null) {
      this.renderer.render(null, { collapsed: new Set(), filter: "", showAddressers: true, showDiagnostics: true });
      return;
    }
    const state = this.host.sidebarState(this.path);
    this.renderer.render(sidebarModel(this.host.index, this.path), state);
  }

  private handlers(): SidebarHandlers {
    return {
      open: (path, line, newTab) => void this.host.openNote(path, line, newTab),
      linkSuggestion: (sourcePath, node) => this.host.linkToQuestion(sourcePath, node),
      hover: (event, path, targetEl) => {
        this.app.workspace.trigger("hover-link", {
          event,
          source: VIEW_TYPE_MOSAIC_SIDEBAR,
          hoverParent: this,
          targetEl,
          linktext: path,
          sourcePath: this.path ?? "",
        });
      },
      contextMenu: (event, path) => {
        const file = this.app.vault.getAbstractFileByPath(path);
        if (!(file instanceof TFile)) return;
        const menu = new Menu();
        this.app.workspace.trigger("file-menu", menu, file, VIEW_TYPE_MOSAIC_SIDEBAR, this.leaf);
        menu.showAtMouseEvent(event);
      },
    };
  }
}
