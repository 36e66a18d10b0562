// A confirmation dialog that shows, line for line, what a command is about to write, and writes only on Confirm.
import { Modal, Setting, type App } from "obsidian";

export interface PreviewSection {
  /** What happens where, e.g. "Add to Notes/Paper.md after line 3:". */
  heading: string;
  /** The exact lines that will be written. */
  lines: string[];
}

export class PreviewModal extends Modal {
  private done = false;

  constructor(
    app: App,
    private readonly title: string,
    readonly sections: PreviewSection[],
    private readonly confirmText: string,
    private readonly onConfirm: () => Promise<void>,
  ) {
    super(app);
  }

  override onOpen(): void {
    this.setTitle(this.title);
    const { contentEl } = this;
    contentEl.empty();
    contentEl.addClass("mosaic-preview-modal");
    for (const section of this.sections) {
      contentEl.createEl("p", { text: section.heading, cls: "mosaic-preview-heading" });
      contentEl.createEl("pre", { cls: "mosaic-preview-lines" }).createEl("code", { text: section.lines.join("\n") });
    }
    new Setting(contentEl)
      .addButton((b) => b.setButtonText("Cancel").onClick(() => this.close()))
      .addButton((b) =>
        b
          .setButtonText(this.confirmText)
          .setCta()
          .onClick(() => this.confirm()),
      );
  }

  /** Runs the write once (a double click does not write twice) and closes. */
  async confirm(): Promise<void> {
    if (this.done) return;
    this.done = true;
    this.close();
    await this.onConfirm();
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
