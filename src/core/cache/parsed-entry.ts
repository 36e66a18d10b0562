// One note as the index keeps it after parsing: the parsed note and its Lens ids. What workers and caches hand over.
import type { MosaicSettings, ParsedNote } from "../model";
import { idEntries, type IdEntry } from "../index/duplicate-ids";
import { parseNote } from "../parse/parse-note";

export interface ParsedEntry {
  note: ParsedNote;
  /** The Lens ids the note declares (their lines need the text, which a cached entry may not have). */
  ids: IdEntry[];
}

export function parseEntry(path: string, text: string, settings: MosaicSettings): ParsedEntry {
  const note = parseNote(path, text, settings);
  return { note, ids: idEntries(note, text) };
}
