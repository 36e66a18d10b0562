// Opening notes at a line and revealing the plugin's views, as Obsidian expects (deferred views, sidebars).
import { Notice, TFile, type App, type WorkspaceLeaf } from "obsidian";

/** Opens `path` in the current main-area leaf (or a new tab), with the cursor and scroll at the 1-based `line`. */
export async function openNoteAt(app: App, path: string, line: number | null, newTab: boolean): Promise<void> {
  const file = app.vault.getAbstractFileByPath(path);
  if (!(file instanceof TFile)) {
    new Notice(`Mosaic: ${path} no longer exists.`);
    return;
  }
  const leaf = app.workspace.getLeaf(newTab ? "tab" : false);
  await leaf.openFile(file, line === null ? { active: true } : { active: true, eState: { line: Math.max(0, line - 1) } });
}

/** Shows the existing view of `type`, or opens one in the right sidebar or a main-area tab; never a second one. */
export async function revealView(app: App, type: string, where: "right" | "main"): Promise<void> {
  const { workspace } = app;
  let leaf: WorkspaceLeaf | null = workspace.getLeavesOfType(type)[0] ?? null;
  if (!leaf) {
    leaf = where === "right" ? workspace.getRightLeaf(false) : workspace.getLeaf("tab");
    if (!leaf) return;
    await leaf.setViewState({ type, active: true });
  }
  // Views restored at start-up are deferred until shown: reveal before anything uses the view.
  await workspace.revealLeaf(leaf);
}
