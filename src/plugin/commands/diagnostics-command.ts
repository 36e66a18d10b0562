// "Show diagnostics": the vault's diagnostics grouped by file; a click opens the file at the line.
import { Modal, type App } from "obsidian";
import type { Diagnostic } from "../../core/model";
import type { CommandHost } from "./command-host";

export function groupByFile(diagnostics: Diagnostic[]): Map<string, Diagnostic[]> {
  const groups = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) groups.set(d.file, [...(groups.get(d.file) ?? []), d]);
  return groups;
}

export class DiagnosticsModal extends Modal {
  constructor(
    app: App,
    private readonly diagnostics: Diagnostic[],
    private readonly openAt: (path: string, line: number | null) => void,
  ) {
    super(app);
  }

  override onOpen(): void {
    this.setTitle("Mosaic diagnostics");
    const { contentEl } = this;
    contentEl.empty();
    contentEl.addClass("mosaic-diagnostics-modal");
    if (this.diagnostics.length === 0) {
      contentEl.createEl("p", { text: "No problems found in the vault." });
      return;
    }
    const counts = { error: 0, warning: 0, info: 0 };
    for (const d of this.diagnostics) counts[d.severity]++;
    contentEl.createEl("p", {
      cls: "mosaic-diagnostics-summary",
      text: `${counts.error} errors · ${counts.warning} warnings · ${counts.info} notes`,
    });
    for (const [file, list] of groupByFile(this.diagnostics)) {
      const group = contentEl.createDiv({ cls: "mosaic-diagnostics-file" });
      group.createEl("h4", { text: file });
      const ul = group.createEl("ul");
      for (const d of list) {
        const li = ul.createEl("li", { cls: `mosaic-diagnostic mosaic-diagnostic-${d.severity}` });
        const link = li.createEl("a", { text: `${d.line === null ? "" : `line ${d.line}: `}${d.severity}: ${d.message}`, attr: { href: "#" } });
        link.addEventListener("click", (e) => {
          e.preventDefault();
          this.close();
          this.openAt(d.file, d.line);
        });
      }
    }
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}

export function registerDiagnosticsCommand(host: CommandHost): void {
  host.addCommand({
    id: "show-diagnostics",
    name: "Show diagnostics",
    callback: () => new DiagnosticsModal(host.app, host.index.diagnostics(), (path, line) => void host.openNote(path, line, false)).open(),
  });
}
