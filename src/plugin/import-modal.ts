// Pasting a question outline (Markdown list, OPML or JSON): merge it into this note with a diff preview, or start a new problem.
import { Modal, normalizePath, Notice, type App, type TFile } from "obsidian";
import { applyMergeToNote, countNodes, importOutline, newProblemNote, type OutlineNode, type WriteBack } from "../core/exchange";
import type { MosaicSettings } from "../core/model";
import { parseNote } from "../core/parse/parse-note";

export const PASTE_PLACEHOLDER = "Paste a nested Markdown list, an OPML outline or a Mosaic JSON export…";
export const NOTE_CHANGED = "Mosaic: the note changed; review the preview again.";

/** Merges `roots` into a note's current text (new lines only; the note's own lines stay as they are). */
export function mergeIntoNote(text: string, path: string, settings: MosaicSettings, roots: readonly OutlineNode[]): WriteBack {
  return applyMergeToNote(text, parseNote(path, text, settings), roots);
}

/** What the pasted text holds: its questions (and title), or why it could not be read. */
export function readPasted(text: string): { ok: true; roots: OutlineNode[]; title?: string } | { ok: false; error: string } | null {
  if (text.trim() === "") return null;
  const result = importOutline(text);
  if (!result.ok) return result;
  if (countNodes(result.roots) === 0) return { ok: false, error: "No questions found: paste a nested list, OPML or JSON." };
  return result;
}

function signature(result: WriteBack): string {
  return JSON.stringify(result.added);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** Shows a diff with its added lines and hunk headers marked, one element per line (text only). */
function renderDiff(parent: HTMLElement, diff: string): void {
  const pre = parent.createEl("pre", { cls: "mosaic-preview-lines mosaic-import-diff" });
  for (const line of diff.split("\n")) {
    const cls = line.startsWith("+") ? "mosaic-diff-add" : line.startsWith("@@") ? "mosaic-diff-hunk" : "mosaic-diff-context";
    pre.createDiv({ cls, text: line === "" ? " " : line });
  }
}

abstract class PasteModal extends Modal {
  protected inputEl!: HTMLTextAreaElement;
  protected summaryEl!: HTMLElement;
  protected previewEl!: HTMLElement;
  protected actionButton!: HTMLButtonElement;
  protected parsed: { roots: OutlineNode[]; title?: string } | null = null;
  private seq = 0;
  /** Settles when the preview for the current input is shown (tests wait on it). */
  updating: Promise<void> = Promise.resolve();

  protected abstract readonly heading: string;
  protected abstract readonly actionText: string;
  protected abstract buildExtra(el: HTMLElement): void;
  protected abstract showPreview(seq: number): Promise<void>;
  protected abstract act(): Promise<void>;

  override onOpen(): void {
    this.setTitle(this.heading);
    const { contentEl } = this;
    contentEl.empty();
    contentEl.addClass("mosaic-import-modal");
    this.buildExtra(contentEl);
    this.inputEl = contentEl.createEl("textarea", { cls: "mosaic-import-input", attr: { rows: 8, placeholder: PASTE_PLACEHOLDER, spellcheck: "false" } });
    this.inputEl.addEventListener("input", () => void this.update());
    this.summaryEl = contentEl.createEl("p", { cls: "mosaic-import-summary", text: "Nothing pasted yet." });
    this.previewEl = contentEl.createDiv({ cls: "mosaic-import-preview" });
    const buttons = contentEl.createDiv({ cls: "modal-button-container" });
    buttons.createEl("button", { text: "Cancel" }).addEventListener("click", () => this.close());
    this.actionButton = buttons.createEl("button", { cls: "mod-cta", text: this.actionText });
    this.actionButton.addEventListener("click", () => void this.act());
    this.setEnabled(false);
  }

  override onClose(): void {
    this.seq++;
    this.contentEl.empty();
  }

  /** Puts `text` in the box as a paste would, and refreshes the preview. */
  setInput(text: string): Promise<void> {
    this.inputEl.value = text;
    return this.update();
  }

  protected setEnabled(on: boolean): void {
    this.actionButton.disabled = !on;
    this.actionButton.toggleClass("mosaic-disabled", !on);
  }

  update(): Promise<void> {
    const seq = ++this.seq;
    this.previewEl.empty();
    this.setEnabled(false);
    const read = readPasted(this.inputEl.value);
    if (read === null) {
      this.parsed = null;
      this.summaryEl.setText("Nothing pasted yet.");
      this.updating = Promise.resolve();
      return this.updating;
    }
    if (!read.ok) {
      this.parsed = null;
      this.summaryEl.setText(read.error);
      this.updating = Promise.resolve();
      return this.updating;
    }
    this.parsed = read;
    this.updating = this.showPreview(seq);
    return this.updating;
  }

  protected current(seq: number): boolean {
    return seq === this.seq;
  }
}

/** "Import questions into this note": paste, see exactly which lines get added, confirm. */
export class ImportQuestionsModal extends PasteModal {
  protected readonly heading = "Import questions into this note";
  protected readonly actionText = "Add questions";
  /** The preview the user is looking at: what Confirm must write. */
  preview: WriteBack | null = null;
  private busy = false;

  constructor(
    app: App,
    private readonly file: TFile,
    private readonly settings: MosaicSettings,
  ) {
    super(app);
  }

  protected buildExtra(el: HTMLElement): void {
    el.createEl("p", {
      cls: "mosaic-import-intro",
      text: `Questions already in ${this.file.basename} are matched (by block id or text) and left as they are; only new ones are added as new lines.`,
    });
  }

  protected async showPreview(seq: number): Promise<void> {
    const roots = this.parsed?.roots ?? [];
    const text = await this.app.vault.cachedRead(this.file);
    if (!this.current(seq)) return;
    const result = mergeIntoNote(text, this.file.path, this.settings, roots);
    this.preview = result;
    this.previewEl.empty();
    const added = result.added.length;
    this.summaryEl.setText(
      added === 0
        ? `${result.matched} matched, nothing new to add: every pasted question is in the note already.`
        : `${result.matched} matched, ${added} added. These lines go into ${this.file.path}:`,
    );
    if (added > 0) renderDiff(this.previewEl, result.diff);
    this.setEnabled(added > 0);
  }

  /** Writes the merge into the note's current text, but only when it adds exactly what the preview showed. */
  async confirm(): Promise<boolean> {
    const shown = this.preview;
    const roots = this.parsed?.roots;
    if (this.busy || !shown || !roots || shown.added.length === 0) return false;
    this.busy = true;
    try {
      const expected = signature(shown);
      let same = true;
      let added = 0;
      await this.app.vault.process(this.file, (current) => {
        const result = mergeIntoNote(current, this.file.path, this.settings, roots);
        same = signature(result) === expected;
        added = result.added.length;
        return same ? result.text : current;
      });
      if (!same) {
        new Notice(NOTE_CHANGED);
        await this.update();
        return false;
      }
      this.close();
      new Notice(`Mosaic: added ${plural(added, "question")} to ${this.file.basename}.`);
      return true;
    } finally {
      this.busy = false;
    }
  }

  protected act(): Promise<void> {
    return this.confirm().then(() => undefined);
  }
}

/** Characters Obsidian does not allow (or that break links) in file names. */
function fileName(title: string): string {
  const name = title.replace(/[\\/:*?"<>|#^[\]]/g, " ").replace(/\s+/g, " ").trim().slice(0, 120).trim();
  return name === "" || name.startsWith(".") ? "Imported problem" : name;
}

/** `folder/name.md`, or `folder/name 2.md`, `... 3.md` when taken. */
export function freeNotePath(app: App, folder: string, title: string): string {
  const base = fileName(title);
  const dir = folder === "/" || folder === "" ? "" : `${folder}/`;
  for (let n = 1; ; n++) {
    const path = normalizePath(`${dir}${base}${n === 1 ? "" : ` ${n}`}.md`);
    if (!app.vault.getAbstractFileByPath(path)) return path;
  }
}

/** "New problem from pasted outline": a new `#problem` note holding the pasted questions, then opened. */
export class NewProblemModal extends PasteModal {
  protected readonly heading = "New problem from pasted outline";
  protected readonly actionText = "Create note";
  private titleInput!: HTMLInputElement;
  private titleTouched = false;
  private created = false;

  constructor(
    app: App,
    private readonly sourcePath: string,
    private readonly openCreated: (path: string) => Promise<void>,
  ) {
    super(app);
  }

  protected buildExtra(el: HTMLElement): void {
    const row = el.createDiv({ cls: "mosaic-import-title-row" });
    row.createEl("label", { text: "Title", attr: { for: "mosaic-new-problem-title" } });
    this.titleInput = row.createEl("input", { type: "text", attr: { id: "mosaic-new-problem-title", placeholder: "Problem title" } });
    this.titleInput.addEventListener("input", () => {
      this.titleTouched = true;
      void this.update();
    });
  }

  /** The title typed, else the pasted outline's own title, else a placeholder. */
  title(): string {
    const typed = this.titleInput.value.trim();
    return typed !== "" ? typed : (this.parsed?.title?.trim() ?? "") || "Imported problem";
  }

  targetPath(): string {
    const folder = this.app.fileManager.getNewFileParent(this.sourcePath).path;
    return freeNotePath(this.app, folder, this.title());
  }

  protected showPreview(): Promise<void> {
    if (!this.titleTouched && this.parsed?.title) this.titleInput.value = this.parsed.title;
    const n = countNodes(this.parsed?.roots ?? []);
    this.summaryEl.setText(`${plural(n, "question")}; creates ${this.targetPath()}.`);
    this.setEnabled(n > 0);
    return Promise.resolve();
  }

  async create(): Promise<TFile | null> {
    const roots = this.parsed?.roots;
    if (this.created || !roots) return null;
    this.created = true;
    const path = this.targetPath();
    const file = await this.app.vault.create(path, newProblemNote(this.title(), roots));
    this.close();
    new Notice(`Mosaic: created ${path}.`);
    await this.openCreated(file.path);
    return file;
  }

  protected act(): Promise<void> {
    return this.create().then(() => undefined);
  }
}
