// What views (sidebar, graph) need from the plugin: the index, the settings, change notification and navigation.
import type { MosaicIndex } from "../core/index/mosaic-index";
import type { Positions } from "../ui/graph/graph-scene";
import type { MosaicSettingsData } from "./settings";

export type { MosaicSettingsData } from "./settings";

export interface MosaicHost {
  readonly index: MosaicIndex;
  readonly settings: MosaicSettingsData;
  /** Calls `cb` after every batch of index changes; returns the unsubscribe function (views call it in onClose). */
  onIndexChanged(cb: () => void): () => void;
  /** Opens a vault path, moving the cursor to the 1-based `line` when given. */
  openNote(path: string, line: number | null, newTab: boolean): Promise<void>;
  /** Graph positions from the last time the graph was laid out in this vault. */
  graphPositions(): Positions;
  /** Keeps graph positions for the next opening (saved to the plugin's data a little later). */
  keepGraphPositions(positions: Positions): void;
}
