// Parsing guarded: a parser exception becomes an empty note with a diagnostic instead of breaking the index.
import type { MosaicSettings, ParsedNote } from "../model";
import { parseNote } from "../parse/parse-note";

/** Parsing never throws by contract; should it still, the note is kept empty with a diagnostic instead of breaking the index. */
export function safeParse(path: string, text: string, settings: MosaicSettings): ParsedNote {
  try {
    return parseNote(path, text, settings);
  } catch (error) {
    const name = path.split("/").pop() ?? path;
    return {
      path,
      title: name.replace(/\.md$/i, ""),
      kind: "other",
      tags: [],
      frontmatter: null,
      frontmatterLines: 0,
      id: null,
      fields: [],
      links: [],
      headings: [],
      blockIds: [],
      sections: [],
      outline: [],
      contentOutline: [],
      diagnostics: [
        { file: path, line: null, severity: "error", code: "unreadable-file", message: `Could not parse: ${String(error)}` },
      ],
    };
  }
}
