// "Link this note to a question": plans the exact lines to write, then writes them through vault.process.
import { Notice, TFile, type App } from "obsidian";
import type { QuestionEntry } from "../core/query/questions";
import type { MosaicSettings } from "../core/model";
import { addQuestionBlockId, applyFieldLine, blockIdsIn, planFieldLine, questionBlockId, withBlockId, type FieldInsertion } from "../core/edit/note-edits";

export interface LinkPlan {
  sourcePath: string;
  entry: QuestionEntry;
  /** The relation field written, normally `addresses`. */
  key: string;
  /** The exact line added to the source note, e.g. `addresses:: [[Open problems#^q-what-is-an-agent]]`. */
  fieldLine: string;
  insertion: FieldInsertion;
  /** Set when the question has no block id yet: the id and the question line before and after. */
  blockId: { path: string; line: number; id: string; before: string; after: string } | null;
}

/** The field the command writes: `addresses` when it is a relation field, else the first relation field. */
export function relationKey(settings: MosaicSettings): string {
  return settings.relationFields.find((f) => f.toLowerCase() === "addresses") ?? settings.relationFields[0] ?? "addresses";
}

function fileAt(app: App, path: string): TFile | null {
  const f = app.vault.getAbstractFileByPath(path);
  return f instanceof TFile ? f : null;
}

function linkTo(app: App, notePath: string, sourcePath: string, anchor: string | null): string {
  const file = fileAt(app, notePath);
  const linktext = file ? app.metadataCache.fileToLinktext(file, sourcePath, true) : notePath.replace(/\.md$/i, "");
  return `[[${linktext}${anchor === null ? "" : `#${anchor}`}]]`;
}

/** Reads both notes as they are now and works out exactly what the confirmation will write. */
export async function planLink(app: App, settings: MosaicSettings, sourcePath: string, entry: QuestionEntry): Promise<LinkPlan | null> {
  const source = fileAt(app, sourcePath);
  const target = fileAt(app, entry.node.path);
  if (!source || !target) return null;
  const key = relationKey(settings);
  let anchor = entry.node.anchor;
  let blockId: LinkPlan["blockId"] = null;
  if (anchor === null) {
    const text = await app.vault.cachedRead(target);
    const lines = text.split(/\r?\n/);
    const before = lines[entry.node.line - 1] ?? "";
    const id = questionBlockId(entry.node.text, blockIdsIn(text));
    blockId = { path: target.path, line: entry.node.line, id, before, after: withBlockId(before, id) };
    anchor = `^${id}`;
  }
  const fieldLine = `${key}:: ${linkTo(app, entry.node.path, sourcePath, anchor)}`;
  const insertion = planFieldLine(await app.vault.cachedRead(source), fieldLine, key);
  return { sourcePath, entry, key, fieldLine, insertion, blockId };
}

/**
 * Writes the plan: first the block id into the question's note (the line re-found by its text in the current
 * text), then the field line into the source note (skipped if an identical line exists). Aborts with a notice,
 * writing nothing, when the question is gone. Resolves true when the link is in place.
 */
export async function executeLink(app: App, settings: MosaicSettings, plan: LinkPlan): Promise<boolean> {
  const source = fileAt(app, plan.sourcePath);
  if (!source) {
    new Notice(`Mosaic: ${plan.sourcePath} no longer exists.`);
    return false;
  }
  let fieldLine = plan.fieldLine;
  if (plan.blockId) {
    const target = fileAt(app, plan.blockId.path);
    if (!target) {
      new Notice(`Mosaic: ${plan.blockId.path} no longer exists.`);
      return false;
    }
    const { id } = plan.blockId;
    let result: ReturnType<typeof addQuestionBlockId> | null = null;
    await app.vault.process(target, (text) => {
      result = addQuestionBlockId(text, target.path, plan.entry.node.text, plan.blockId?.line ?? 1, id, settings);
      return result.text;
    });
    const done = result as ReturnType<typeof addQuestionBlockId> | null;
    if (!done || done.outcome === "missing") {
      new Notice(`Mosaic: could not find the question “${plan.entry.node.text}” in ${target.path} any more; nothing was written.`);
      return false;
    }
    // Someone gave the question an id in the meantime: link to that one.
    if (done.outcome === "exists") fieldLine = `${plan.key}:: ${linkTo(app, target.path, plan.sourcePath, `^${done.id}`)}`;
  }
  await app.vault.process(source, (text) => applyFieldLine(text, planFieldLine(text, fieldLine, plan.key)));
  return true;
}
