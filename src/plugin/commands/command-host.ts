// What the command modules need from the plugin (kept as an interface so they do not import the plugin class).
import type { App, Command, TFile } from "obsidian";
import type { MosaicHost } from "../host";

export interface CommandHost extends MosaicHost {
  readonly app: App;
  addCommand(command: Command): Command;
  /** Opens (or reveals) a view of `type` in the right sidebar or the main area. */
  activateView(type: string, where: "right" | "main"): Promise<void>;
  /** The active markdown file, or null. */
  activeNote(): TFile | null;
}
