// The settings tab: tags per kind, relation and parent fields, folders, and what the sidebar shows.
// One table of settings drives both display() (Obsidian before 1.13) and the declarative definitions (1.13+, searchable).
import { normalizePath, PluginSettingTab, Setting, type App, type Plugin, type SettingDefinitionItem } from "obsidian";
import type { NoteKind } from "../core/model";
import { splitList, type MosaicSettingsData } from "./settings";

export interface SettingsHost {
  readonly settings: MosaicSettingsData;
  /** Saves a change; `reindex` when it changes how notes are read (tags, fields, folders). */
  updateSettings(patch: Partial<MosaicSettingsData>, reindex: boolean): Promise<void>;
}

type Kind = Exclude<NoteKind, "other">;

interface Spec {
  key: string;
  name: string;
  desc?: string;
  placeholder?: string;
  type: "text" | "toggle";
  reindex: boolean;
  get(s: MosaicSettingsData): string | boolean;
  patch(s: MosaicSettingsData, value: string | boolean): Partial<MosaicSettingsData>;
}

interface Group {
  heading: string;
  desc?: string;
  specs: Spec[];
}

const KIND_NAMES: [Kind, string][] = [
  ["problem", "Problem notes"],
  ["module", "Modules"],
  ["learning-outcome", "Learning outcomes"],
  ["lens", "Lenses"],
  ["course", "Courses"],
  ["source", "Sources (papers, posts, articles)"],
];

const text = (v: string | boolean): string => (typeof v === "string" ? v : "");
const folders = (v: string | boolean): string[] => splitList(text(v)).map((f) => normalizePath(f));

function listSpec(key: "relationFields" | "parentFields", name: string, desc: string): Spec {
  return { key, name, desc, type: "text", reindex: true, get: (s) => s[key].join(", "), patch: (_s, v) => ({ [key]: splitList(text(v)) }) };
}

function folderSpec(key: "includeFolders" | "excludeFolders", name: string, desc: string, placeholder: string): Spec {
  return { key, name, desc, placeholder, type: "text", reindex: true, get: (s) => s[key].join(", "), patch: (_s, v) => ({ [key]: folders(v) }) };
}

function toggleSpec(key: "showAddressers" | "showDiagnostics" | "showSuggestions", name: string, desc: string): Spec {
  return { key, name, desc, type: "toggle", reindex: false, get: (s) => s[key], patch: (_s, v) => ({ [key]: v === true }) };
}

export const SETTING_GROUPS: Group[] = [
  {
    heading: "Note kinds",
    desc: "Tags that give a note its kind, comma separated, without #.",
    specs: KIND_NAMES.map(([kind, name]) => ({
      key: `kindTags.${kind}`,
      name,
      type: "text",
      reindex: true,
      get: (s) => s.kindTags[kind].join(", "),
      patch: (s, v) => ({ kindTags: { ...s.kindTags, [kind]: splitList(text(v)).map((t) => t.replace(/^#/, "").toLowerCase()) } }),
    })),
  },
  {
    heading: "Fields",
    specs: [
      listSpec("relationFields", "Relation fields", "Fields whose links mean that this note addresses a question, such as addresses, answers, informs, source."),
      listSpec("parentFields", "Parent fields", "Fields that hang this note's questions under another problem's question, such as parent or up."),
    ],
  },
  {
    heading: "Folders",
    specs: [
      folderSpec("includeFolders", "Folders to include", "Only notes in these folders are read, comma separated. Empty: the whole vault.", "Research"),
      folderSpec("excludeFolders", "Folders to skip", "Notes in these folders are never read, comma separated.", "Templates"),
    ],
  },
  {
    heading: "Checks",
    specs: [
      {
        key: "ignoreGlobs",
        name: "Notes not checked",
        desc: "Path globs, comma separated, whose notes are read but not checked (as `mosaic check --ignore`), such as drafts/** or *.excalidraw.md.",
        placeholder: "drafts/**",
        type: "text",
        reindex: true,
        get: (s) => s.ignoreGlobs.join(", "),
        patch: (_s, v) => ({ ignoreGlobs: splitList(text(v)) }),
      },
    ],
  },
  {
    heading: "Sidebar",
    specs: [
      toggleSpec("showAddressers", "Show addressing notes", "List the notes that address each question under it."),
      toggleSpec("showDiagnostics", "Show diagnostics", "Show the active note's broken links and other problems."),
      toggleSpec(
        "showSuggestions",
        "Show reading suggestions under gaps",
        "Under each question no note addresses, suggest source notes that share its words (computed locally), and rank unread sources by the gaps they may fill.",
      ),
    ],
  },
];

const SPECS = new Map(SETTING_GROUPS.flatMap((g) => g.specs.map((s) => [s.key, s] as const)));

export class MosaicSettingTab extends PluginSettingTab {
  constructor(
    app: App,
    plugin: Plugin,
    private readonly host: SettingsHost,
  ) {
    super(app, plugin);
  }

  override getSettingDefinitions(): SettingDefinitionItem[] {
    return SETTING_GROUPS.map((g) => ({
      type: "group" as const,
      heading: g.heading,
      items: g.specs.map((s) => ({
        name: s.name,
        desc: s.desc ?? g.desc,
        control: s.type === "toggle" ? { type: "toggle" as const, key: s.key } : { type: "text" as const, key: s.key, placeholder: s.placeholder },
      })),
    }));
  }

  override getControlValue(key: string): unknown {
    return SPECS.get(key)?.get(this.host.settings);
  }

  override async setControlValue(key: string, value: unknown): Promise<void> {
    const spec = SPECS.get(key);
    if (!spec || (typeof value !== "string" && typeof value !== "boolean")) return;
    await this.host.updateSettings(spec.patch(this.host.settings, value), spec.reindex);
  }

  override display(): void {
    const { containerEl } = this;
    containerEl.empty();
    for (const group of SETTING_GROUPS) {
      const heading = new Setting(containerEl).setName(group.heading).setHeading();
      if (group.desc !== undefined) heading.setDesc(group.desc);
      for (const spec of group.specs) {
        const setting = new Setting(containerEl).setName(spec.name);
        if (spec.desc !== undefined) setting.setDesc(spec.desc);
        const value = spec.get(this.host.settings);
        if (spec.type === "toggle") {
          setting.addToggle((t) => t.setValue(value === true).onChange((v) => this.setControlValue(spec.key, v)));
        } else {
          setting.addText((t) => {
            if (spec.placeholder !== undefined) t.setPlaceholder(spec.placeholder);
            t.setValue(text(value)).onChange((v) => this.setControlValue(spec.key, v));
          });
        }
      }
    }
  }
}
