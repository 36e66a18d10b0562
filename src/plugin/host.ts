// What views (sidebar, graph) need from the plugin: the index, the settings, change notification and navigation.
import type { MosaicIndex } from "../core/index/mosaic-index";
import type { MosaicSettingsData } from "./settings";

export type { MosaicSettingsData } from "./settings";

export interface MosaicHost {
  readonly index: MosaicIndex;
  readonly settings: MosaicSettingsData;
  /** Calls `cb` after every batch of index changes; returns the unsubscribe function (views call it in onClose). */
  onIndexChanged(cb: () => void): () => void;
  /** Opens a vault path, moving the cursor to the 1-based `line` when given. */
  openNote(path: string, line: number | null, newTab: boolean): Promise<void>;
}
