// The question picker (fuzzy search over every question) and the preview of the link it writes.
import { FuzzySuggestModal, Notice, type App, type FuzzyMatch } from "obsidian";
import type { MosaicIndex } from "../core/index/mosaic-index";
import type { QuestionEntry } from "../core/query/questions";
import type { MosaicSettings } from "../core/model";
import { executeLink, planLink, type LinkPlan } from "./link-question";
import { PreviewModal, type PreviewSection } from "./preview-modal";
import { questionEntries } from "../core/query/questions";

export function questionLabel(entry: QuestionEntry): string {
  return [entry.problem.title, ...entry.ancestors].join(" › ");
}

export class QuestionSuggestModal extends FuzzySuggestModal<QuestionEntry> {
  constructor(
    app: App,
    private readonly index: MosaicIndex,
    private readonly onPick: (entry: QuestionEntry) => void,
  ) {
    super(app);
    this.setPlaceholder("Find a question…");
  }

  getItems(): QuestionEntry[] {
    return questionEntries(this.index);
  }

  getItemText(entry: QuestionEntry): string {
    return `${entry.node.text} ${questionLabel(entry)}`;
  }

  override renderSuggestion(match: FuzzyMatch<QuestionEntry>, el: HTMLElement): void {
    el.addClass("mosaic-question-suggestion");
    el.createDiv({ text: match.item.node.text, cls: "mosaic-question-text" });
    el.createEl("small", { text: questionLabel(match.item), cls: "mosaic-question-where" });
  }

  onChooseItem(entry: QuestionEntry): void {
    this.onPick(entry);
  }
}

/** The preview's sections: exactly the lines that executeLink writes. */
export function linkPreview(plan: LinkPlan): PreviewSection[] {
  const sections: PreviewSection[] = [];
  if (plan.blockId) {
    sections.push({
      heading: `Give the question a block id: line ${plan.blockId.line} of ${plan.blockId.path} becomes`,
      lines: [plan.blockId.after],
    });
  }
  if (plan.insertion.present) {
    sections.push({ heading: `${plan.sourcePath} already has this line; it is left as is:`, lines: [plan.fieldLine] });
  } else {
    const where = plan.insertion.index === 0 ? "at the top" : `after line ${plan.insertion.index}`;
    sections.push({ heading: `Add to ${plan.sourcePath} ${where}:`, lines: plan.insertion.lines });
  }
  return sections;
}

/** Plans the link from `sourcePath` to `entry` and opens the confirmation that writes it. */
export async function confirmLink(app: App, settings: MosaicSettings, sourcePath: string, entry: QuestionEntry): Promise<PreviewModal | null> {
  const plan = await planLink(app, settings, sourcePath, entry);
  if (!plan) {
    new Notice("Mosaic: the note or the question's note no longer exists.");
    return null;
  }
  const modal = new PreviewModal(app, "Link this note to a question", linkPreview(plan), "Write link", async () => {
    if (await executeLink(app, settings, plan)) new Notice(`Mosaic: linked to “${entry.node.text}”.`);
  });
  modal.open();
  return modal;
}
