// The Mosaic graph view: hosts the canvas GraphRenderer, follows the active note in local mode, tracks theme and index.
import { debounce, ItemView, type HoverParent, type HoverPopover, type WorkspaceLeaf } from "obsidian";
import { buildGraphData } from "../core/graph/graph-data";
import { GraphRenderer } from "../ui/graph/graph-renderer";
import type { MosaicHost } from "./host";
import { exportJson } from "../core/export/json";

export const VIEW_TYPE_MOSAIC_GRAPH = "mosaic-graph";

/** Index changes arrive in bursts while typing; rebuilding the graph data once they pause is enough. */
const REBUILD_DELAY_MS = 400;

export class MosaicGraphView extends ItemView implements HoverParent {
  /** Obsidian's page preview keeps its popover here. */
  hoverPopover: HoverPopover | null = null;
  private renderer: GraphRenderer | null = null;
  private unsubscribe: (() => void) | null = null;
  private builtRevision = -1;
  /** A settings change builds a new index whose revision restarts: identity tells the two apart. */
  private builtIndex: unknown = null;

  constructor(leaf: WorkspaceLeaf, private readonly host: MosaicHost) {
    super(leaf);
  }

  getViewType(): string {
    return VIEW_TYPE_MOSAIC_GRAPH;
  }

  getDisplayText(): string {
    return "Mosaic graph";
  }

  override getIcon(): string {
    return "git-fork";
  }

  override async onOpen(): Promise<void> {
    const container = this.contentEl;
    container.empty();
    container.addClass("mosaic-graph-view");
    this.renderer = new GraphRenderer(container, {
      open: (path, line, newTab) => void this.host.openNote(path, line, newTab),
      positions: (positions) => this.host.keepGraphPositions(positions),
      hover: (path, el, event) =>
        this.app.workspace.trigger("hover-link", {
          event,
          source: VIEW_TYPE_MOSAIC_GRAPH,
          hoverParent: this,
          targetEl: el,
          linktext: path,
        }),
    });
    // Positions from the last opening: an unchanged vault shows at once, a changed one moves only what changed.
    this.renderer.setPositions(this.host.graphPositions());
    this.rebuild();
    this.followActiveNote();

    const rebuildSoon = debounce(() => this.rebuild(), REBUILD_DELAY_MS, true);
    this.unsubscribe = this.host.onIndexChanged(rebuildSoon);
    this.registerEvent(this.app.workspace.on("active-leaf-change", () => this.followActiveNote()));
    this.registerEvent(this.app.workspace.on("css-change", () => this.renderer?.refreshTheme()));
    await Promise.resolve();
  }

  override async onClose(): Promise<void> {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.renderer?.destroy();
    this.renderer = null;
    await Promise.resolve();
  }

  private rebuild(): void {
    if (!this.renderer) return;
    const index = this.host.index;
    if (index === this.builtIndex && index.revision === this.builtRevision) return;
    this.builtIndex = index;
    this.builtRevision = index.revision;
    this.renderer.setData(buildGraphData(exportJson(index)));
  }

  /** Local mode centres on the note being read (the graph's own leaf becoming active changes nothing). */
  private followActiveNote(): void {
    const file = this.app.workspace.getActiveFile();
    if (file && file.extension === "md") this.renderer?.setFocus(file.path);
  }
}
