// Moving between a module and its learning outcomes: next/previous outcome, and the modules using an outcome.
import { SuggestModal, type App } from "obsidian";
import type { MosaicIndex } from "../../core/index/mosaic-index";
import type { NoteRef } from "../../core/model";
import type { CommandHost } from "./command-host";

/** The resolved outcomes of a module, in the module's order (an outcome listed twice counts once). */
export function moduleOutcomes(index: MosaicIndex, modulePath: string): string[] {
  const model = index.sidebar(modulePath);
  if (model?.kind !== "module") return [];
  const paths = model.outcomes.flatMap((o) => (o.ref ? [o.ref.path] : []));
  return [...new Set(paths)];
}

/** The modules whose outcome lists hold this outcome. */
export function modulesUsing(index: MosaicIndex, outcomePath: string): NoteRef[] {
  const model = index.sidebar(outcomePath);
  if (model?.kind !== "learning-outcome") return [];
  const seen = new Set<string>();
  return model.modules.flatMap((m) => (m.ref && !seen.has(m.ref.path) && seen.add(m.ref.path) ? [m.ref] : []));
}

/**
 * One step through a module's outcomes. From a module: next is its first outcome, previous its last. From an
 * outcome: the neighbouring outcome in the module's order; past either end, back to the module. `viaModule` is
 * the module the user came from, used when several modules share the outcome (else the first one).
 */
export function outcomeStep(index: MosaicIndex, path: string, direction: 1 | -1, viaModule: string | null): { path: string; module: string } | null {
  const model = index.sidebar(path);
  if (model?.kind === "module") {
    const outcomes = moduleOutcomes(index, path);
    const target = direction === 1 ? outcomes[0] : outcomes[outcomes.length - 1];
    return target === undefined ? null : { path: target, module: path };
  }
  if (model?.kind === "learning-outcome") {
    const modules = modulesUsing(index, path).map((m) => m.path);
    const module = viaModule !== null && modules.includes(viaModule) ? viaModule : modules[0];
    if (module === undefined) return null;
    const outcomes = moduleOutcomes(index, module);
    const i = outcomes.indexOf(path);
    const next = i < 0 ? undefined : outcomes[i + direction];
    return { path: next ?? module, module };
  }
  return null;
}

class ModuleSuggestModal extends SuggestModal<NoteRef> {
  constructor(
    app: App,
    private readonly modules: NoteRef[],
    private readonly onPick: (ref: NoteRef) => void,
  ) {
    super(app);
    this.setPlaceholder("Pick a module…");
  }
  getSuggestions(query: string): NoteRef[] {
    const q = query.toLowerCase();
    return this.modules.filter((m) => m.title.toLowerCase().includes(q) || m.path.toLowerCase().includes(q));
  }
  renderSuggestion(ref: NoteRef, el: HTMLElement): void {
    el.createDiv({ text: ref.title });
    el.createEl("small", { text: ref.path, cls: "mosaic-question-where" });
  }
  onChooseSuggestion(ref: NoteRef): void {
    this.onPick(ref);
  }
}

export function registerOutcomeCommands(host: CommandHost): void {
  let viaModule: string | null = null;
  const step = (direction: 1 | -1) => (checking: boolean): boolean => {
    const file = host.activeNote();
    if (!file) return false;
    const target = outcomeStep(host.index, file.path, direction, viaModule);
    if (!target) return false;
    if (!checking) {
      viaModule = target.module;
      void host.openNote(target.path, null, false);
    }
    return true;
  };
  host.addCommand({ id: "next-learning-outcome", name: "Go to next learning outcome", checkCallback: step(1) });
  host.addCommand({ id: "previous-learning-outcome", name: "Go to previous learning outcome", checkCallback: step(-1) });
  host.addCommand({
    id: "modules-using-outcome",
    name: "Go to modules using this outcome",
    checkCallback: (checking) => {
      const file = host.activeNote();
      const modules = file ? modulesUsing(host.index, file.path) : [];
      if (modules.length === 0) return false;
      if (checking) return true;
      const [only] = modules;
      if (modules.length === 1 && only) void host.openNote(only.path, null, false);
      else new ModuleSuggestModal(host.app, modules, (ref) => void host.openNote(ref.path, null, false)).open();
      return true;
    },
  });
}
