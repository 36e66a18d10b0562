// One entry point for importers: picks Markdown, OPML or JSON by the format asked for or by the text's look.
import { parseJsonTree } from "./json";
import { parseMarkdownOutline } from "./markdown";
import { parseOpml } from "./opml";
import { type ImportResult, MAX_OUTLINE_DEPTH, tooDeep } from "./outline";

export type ImportFormat = "markdown" | "opml" | "json";

/** Guesses the format from a file name's extension, else from the first non-blank character. */
export function detectFormat(text: string, fileName?: string): ImportFormat {
  const ext = fileName?.toLowerCase().split(".").pop();
  if (ext === "opml" || ext === "xml") return "opml";
  if (ext === "json") return "json";
  if (ext === "md" || ext === "markdown" || ext === "txt") return "markdown";
  const start = text.replace(/^\uFEFF/, "").trimStart();
  if (start.startsWith("<")) return "opml";
  if (start.startsWith("{") || start.startsWith("[")) return "json";
  return "markdown";
}

/** The outline's questions; an outline nested deeper than `MAX_OUTLINE_DEPTH` levels is refused with one line. */
export function importOutline(text: string, format?: ImportFormat, fileName?: string): ImportResult {
  const result = readOutline(text, format ?? detectFormat(text, fileName));
  const deep = result.ok ? tooDeep(result.roots, MAX_OUTLINE_DEPTH) : null;
  if (!deep) return result;
  const shown = deep.node.text.length > 60 ? `${deep.node.text.slice(0, 59)}…` : deep.node.text;
  return { ok: false, error: `nested deeper than ${MAX_OUTLINE_DEPTH} levels: "${shown}" is at level ${deep.level}` };
}

function readOutline(text: string, format: ImportFormat): ImportResult {
  switch (format) {
    case "opml":
      return parseOpml(text);
    case "json":
      return parseJsonTree(text);
    default:
      return parseMarkdownOutline(text);
  }
}
