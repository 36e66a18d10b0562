// The note parser's public surface: parseNote and the focused readers it is built from.
export { parseNote } from "./parse-note";
export { parseFrontmatter, type FrontmatterResult } from "./frontmatter";
export { normalizeKey, parseBracketFields, parseLineField, stripKeyFormatting, type BracketField, type LineField } from "./fields";
export { parseFieldValue, isTrue, type FieldValue } from "./field-values";
export { parseWikilinks, parseLinkText, findLinkSpans, type LinkText, type LinkSpan } from "./wikilinks";
export { frontmatterTags, parseInlineTags, normalizeTag } from "./tags";
export { maskLines } from "./masking";
export { parseSectionHeader, allowedTypes, SEGMENT_TYPES, SectionTracker, type SectionHeader } from "./sections";
export {
  isQuestionLike,
  OutlineBuilder,
  parseHeadingLine,
  parseListItem,
  standaloneBlockId,
  trailingBlockId,
  type HeadingLine,
  type ListItemLine,
} from "./outline";
export { isLensKind, kindFromPath, kindFromTags, noteKind, KIND_PRIORITY, LENS_KINDS } from "./kind";
export { suggestionRanges } from "./criticmarkup";
export { splitLines } from "./lines";
