// A fuzzy-free picker over a few notes (the modules using an outcome, the courses above a lens, a lens's sources).
import { SuggestModal, type App } from "obsidian";
import type { NoteRef } from "../core/model";

export class NotePickModal extends SuggestModal<NoteRef> {
  constructor(
    app: App,
    private readonly notes: NoteRef[],
    placeholder: string,
    private readonly onPick: (ref: NoteRef) => void,
  ) {
    super(app);
    this.setPlaceholder(placeholder);
  }
  getSuggestions(query: string): NoteRef[] {
    const q = query.toLowerCase();
    return this.notes.filter((m) => m.title.toLowerCase().includes(q) || m.path.toLowerCase().includes(q));
  }
  renderSuggestion(ref: NoteRef, el: HTMLElement): void {
    el.createDiv({ text: ref.title });
    el.createEl("small", { text: ref.path, cls: "mosaic-question-where" });
  }
  onChooseSuggestion(ref: NoteRef): void {
    this.onPick(ref);
  }
}
