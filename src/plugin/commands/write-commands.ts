// The only commands that write notes: link this note to a question, and add block ids to a problem's questions.
import { Notice, TFile } from "obsidian";
import { confirmLink, QuestionSuggestModal } from "../link-question-modal";
import { PreviewModal } from "../preview-modal";
import { applyBlockIds, planBlockIds } from "../../core/edit/note-edits";
import type { CommandHost } from "./command-host";

/** Opens the block-id preview for a problem note, or shows a notice when every question has an id. */
export async function confirmBlockIds(host: CommandHost, file: TFile): Promise<PreviewModal | null> {
  const { app } = host;
  const additions = planBlockIds(await app.vault.cachedRead(file), file.path, host.settings);
  if (additions.length === 0) {
    new Notice("Mosaic: every question in this note has a block ID already.");
    return null;
  }
  const sections = [
    {
      heading: `${additions.length} question${additions.length === 1 ? "" : "s"} in ${file.path} get a block id; these lines become:`,
      lines: additions.map((a) => a.after),
    },
  ];
  const modal = new PreviewModal(app, "Add block ids to this problem's questions", sections, "Add block ids", async () => {
    let added = 0;
    await app.vault.process(file, (text) => {
      const result = applyBlockIds(text, file.path, host.settings);
      added = result.added.length;
      return result.text;
    });
    new Notice(`Mosaic: added ${added} block ID${added === 1 ? "" : "s"}.`);
  });
  modal.open();
  return modal;
}

export function registerWriteCommands(host: CommandHost): void {
  host.addCommand({
    id: "link-to-question",
    name: "Link this note to a question",
    checkCallback: (checking) => {
      // Cheap on purpose: the palette runs every checkCallback when it opens; an empty picker says "no results".
      const file = host.activeNote();
      if (!file) return false;
      if (!checking) {
        new QuestionSuggestModal(host.app, host.index, (entry) => void confirmLink(host.app, host.settings, file.path, entry)).open();
      }
      return true;
    },
  });
  host.addCommand({
    id: "add-block-ids",
    name: "Add block ids to this problem's questions",
    checkCallback: (checking) => {
      const file = host.activeNote();
      if (!file || host.index.note(file.path)?.kind !== "problem") return false;
      if (!checking) void confirmBlockIds(host, file);
      return true;
    },
  });
}
