// The settings tab: tags per kind, relation and parent fields, folders, and what the sidebar shows.
import { normalizePath, PluginSettingTab, Setting, type App, type Plugin } from "obsidian";
import type { NoteKind } from "../core/model";
import { splitList, type MosaicSettingsData } from "./settings";

export interface SettingsHost {
  readonly settings: MosaicSettingsData;
  /** Saves a change; `reindex` when it changes how notes are read (tags, fields, folders). */
  updateSettings(patch: Partial<MosaicSettingsData>, reindex: boolean): Promise<void>;
}

const KIND_NAMES: [Exclude<NoteKind, "other">, string][] = [
  ["problem", "Problem notes"],
  ["module", "Modules"],
  ["learning-outcome", "Learning outcomes"],
  ["lens", "Lenses"],
  ["course", "Courses"],
  ["source", "Sources (papers, posts, articles)"],
];

const folders = (text: string): string[] => splitList(text).map((f) => normalizePath(f));

export class MosaicSettingTab extends PluginSettingTab {
  constructor(
    app: App,
    plugin: Plugin,
    private readonly host: SettingsHost,
  ) {
    super(app, plugin);
  }

  override display(): void {
    const { containerEl } = this;
    containerEl.empty();
    const s = this.host.settings;

    new Setting(containerEl).setName("Note kinds").setDesc("Tags that give a note its kind, comma separated, without #.").setHeading();
    for (const [kind, name] of KIND_NAMES) {
      new Setting(containerEl).setName(name).addText((t) =>
        t.setValue(s.kindTags[kind].join(", ")).onChange(async (v) => {
          const tags = splitList(v).map((tag) => tag.replace(/^#/, "").toLowerCase());
          await this.host.updateSettings({ kindTags: { ...this.host.settings.kindTags, [kind]: tags } }, true);
        }),
      );
    }

    new Setting(containerEl).setName("Fields").setHeading();
    new Setting(containerEl)
      .setName("Relation fields")
      .setDesc("Fields whose links mean that this note addresses a question, e.g. addresses, answers, informs, source.")
      .addText((t) => t.setValue(s.relationFields.join(", ")).onChange((v) => this.host.updateSettings({ relationFields: splitList(v) }, true)));
    new Setting(containerEl)
      .setName("Parent fields")
      .setDesc("Fields that hang this note's questions under another problem's question, e.g. parent, up.")
      .addText((t) => t.setValue(s.parentFields.join(", ")).onChange((v) => this.host.updateSettings({ parentFields: splitList(v) }, true)));

    new Setting(containerEl).setName("Folders").setHeading();
    new Setting(containerEl)
      .setName("Folders to include")
      .setDesc("Only notes in these folders are read, comma separated. Empty: the whole vault.")
      .addText((t) =>
        t
          .setPlaceholder("Research, Courses")
          .setValue(s.includeFolders.join(", "))
          .onChange((v) => this.host.updateSettings({ includeFolders: folders(v) }, true)),
      );
    new Setting(containerEl)
      .setName("Folders to skip")
      .setDesc("Notes in these folders are never read, comma separated.")
      .addText((t) =>
        t
          .setPlaceholder("Templates, Archive")
          .setValue(s.excludeFolders.join(", "))
          .onChange((v) => this.host.updateSettings({ excludeFolders: folders(v) }, true)),
      );

    new Setting(containerEl).setName("Sidebar").setHeading();
    new Setting(containerEl)
      .setName("Show addressing notes")
      .setDesc("List the notes that address each question under it.")
      .addToggle((t) => t.setValue(s.showAddressers).onChange((v) => this.host.updateSettings({ showAddressers: v }, false)));
    new Setting(containerEl)
      .setName("Show diagnostics")
      .setDesc("Show the active note's broken links and other problems.")
      .addToggle((t) => t.setValue(s.showDiagnostics).onChange((v) => this.host.updateSettings({ showDiagnostics: v }, false)));
  }
}
