// Sharing question trees: Markdown, OPML and JSON export and import, merging, and writing a merge into a note.
export * from "./outline";
export { toMarkdown, listLines, newProblemNote, parseMarkdownOutline, type MarkdownOptions } from "./markdown";
export { toOpml, parseOpml, escapeXml, decodeEntities } from "./opml";
export { parseJsonTree } from "./json";
export { mergeOutlines, normaliseQuestion, type MergeResult, type AddedQuestion, type MergeOptions } from "./merge";
export { applyMergeToNote, noteQuestions, type NoteOutline, type WriteBack } from "./apply";
export { importOutline, detectFormat, type ImportFormat } from "./import";
