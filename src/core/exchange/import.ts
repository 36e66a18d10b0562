// One entry point for importers: picks Markdown, OPML or JSON by the format asked for or by the text's look.
import { parseJsonTree } from "./json";
import { parseMarkdownOutline } from "./markdown";
import { parseOpml } from "./opml";
import type { ImportResult } from "./outline";

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

export function importOutline(text: string, format?: ImportFormat, fileName?: string): ImportResult {
  switch (format ?? detectFormat(text, fileName)) {
    case "opml":
      return parseOpml(text);
    case "json":
      return parseJsonTree(text);
    default:
      return parseMarkdownOutline(text);
  }
}
