// Export a problem (Markdown, OPML, JSON) to the clipboard, import pasted questions into a note, start a problem from an outline.
import { Modal, Notice, type App } from "obsidian";
import { toMarkdown, toOpml } from "../../core/exchange";
import { exportProblem } from "../../core/export/json";
import type { ProblemTree } from "../../core/model";
import { ImportQuestionsModal, NewProblemModal } from "../import-modal";
import type { CommandHost } from "./command-host";

export type ExportFormat = "markdown" | "opml" | "json";

const FORMAT_NAMES: Record<ExportFormat, string> = { markdown: "Markdown", opml: "OPML", json: "JSON" };

export function exportText(tree: ProblemTree, format: ExportFormat): string {
  switch (format) {
    case "markdown":
      return toMarkdown(tree);
    case "opml":
      return toOpml(tree);
    case "json":
      return `${JSON.stringify(exportProblem(tree), null, 2)}\n`;
  }
}

/** Shows exported text in a read-only box, selected, for copying by hand (no clipboard, or it refused). */
export class ExportTextModal extends Modal {
  textEl: HTMLTextAreaElement | null = null;

  constructor(
    app: App,
    private readonly heading: string,
    readonly text: string,
  ) {
    super(app);
  }

  override onOpen(): void {
    this.setTitle(this.heading);
    const { contentEl } = this;
    contentEl.empty();
    contentEl.addClass("mosaic-export-modal");
    contentEl.createEl("p", { cls: "mosaic-import-intro", text: "Select all and copy:" });
    const box = contentEl.createEl("textarea", { cls: "mosaic-export-text", attr: { rows: 14, readonly: true, spellcheck: "false" } });
    box.value = this.text;
    this.textEl = box;
    if (typeof box.select === "function") {
      box.focus();
      box.select();
    }
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}

interface ClipboardLike {
  writeText(text: string): Promise<void>;
}

function clipboard(): ClipboardLike | null {
  const nav = (window as { navigator?: { clipboard?: ClipboardLike } }).navigator;
  return nav?.clipboard && typeof nav.clipboard.writeText === "function" ? nav.clipboard : null;
}

/** Copies to the clipboard when there is one; else (or when it refuses) shows the text to copy by hand. */
export async function deliverExport(app: App, tree: ProblemTree, format: ExportFormat): Promise<"copied" | "shown"> {
  const text = exportText(tree, format);
  const name = FORMAT_NAMES[format];
  const clip = clipboard();
  if (clip) {
    try {
      await clip.writeText(text);
      new Notice(`Mosaic: copied “${tree.title}” as ${name}.`);
      return "copied";
    } catch {
      // Denied (e.g. the window lost focus): fall through to the text box.
    }
  }
  new ExportTextModal(app, `“${tree.title}” as ${name}`, text).open();
  return "shown";
}

export function registerExchangeCommands(host: CommandHost): void {
  const problemOfActive = (): ProblemTree | null => {
    const file = host.activeNote();
    return file ? host.index.problemTree(file.path) : null;
  };
  for (const format of ["markdown", "opml", "json"] as const) {
    host.addCommand({
      id: `export-${format}`,
      name: `Export this problem as ${FORMAT_NAMES[format]}`,
      checkCallback: (checking) => {
        const tree = problemOfActive();
        if (!tree) return false;
        if (!checking) void deliverExport(host.app, tree, format);
        return true;
      },
    });
  }
  host.addCommand({
    id: "import-questions",
    name: "Import questions into this note",
    checkCallback: (checking) => {
      const file = host.activeNote();
      if (!file) return false;
      if (!checking) new ImportQuestionsModal(host.app, file, host.settings).open();
      return true;
    },
  });
  host.addCommand({
    id: "new-problem-from-outline",
    name: "New problem from pasted outline",
    callback: () => {
      const source = host.activeNote()?.path ?? "";
      new NewProblemModal(host.app, source, (path) => host.openNote(path, null, false)).open();
    },
  });
}
