// Segment checks of the Lens platform (Text, Chat, Article, Video, Question, Roleplay): fields, values, typos, sources.
import type { LensField, LensSection } from "../model";
import { readPlatformLink } from "./platform-links";
import type { LensReport } from "./report";
import { parseTimestamp } from "./timestamps";
import { directiveOutsideArticle } from "./directives";
import { BOOLEAN_FIELDS, KNOWN_FIELDS, SEGMENTS, closest } from "./schema";


/** The last value of each key (the platform keeps the last), with the line it was written on. */
export function lastFields(section: LensSection): Map<string, LensField> {
  const out = new Map<string, LensField>();
  for (const f of section.fields) out.set(f.key, f);
  return out;
}

function capital(type: string): string {
  return type.charAt(0).toUpperCase() + type.slice(1);
}

/** Checks the segments of a lens file, an inline lens or a test section; `where` is the line for "no segments" (null: none needed). */
export function segmentChecks(segments: readonly LensSection[], where: number | null, what: string, report: LensReport): void {
  const firstSource = new Map<string, boolean>();
  for (const segment of segments) {
    const fields = lastFields(segment);
    const schema = SEGMENTS[segment.type];
    if (!schema) continue;
    if (fields.size === 0 && segment.type !== "article") {
      report.warn(segment.line, "empty-segment", `Empty ${segment.type} segment has no fields`);
    }
    for (const [key, f] of fields) fieldChecks(segment.type, key, f, report);
    if (segment.title !== "" && segment.type !== "question" && segment.type !== "roleplay") {
      report.error(segment.line, "segment-title", `Titles are not supported for ${capital(segment.type)} segments: use just '#### ${capital(segment.type)}'`);
    }
    requiredChecks(segment, fields, report);
    if (segment.type === "article" || segment.type === "video") {
      const source = fields.get("source");
      if (source && source.value !== "") sourceSyntax(source, report);
      if (!firstSource.has(segment.type)) {
        firstSource.set(segment.type, true);
        if (!source || source.value === "") {
          report.error(segment.line, "empty-link-field", `First ${segment.type} segment must have a source:: field`);
        }
      }
    }
    if (segment.type === "video") timestampChecks(fields, report);
  }
  if (segments.length === 0 && where !== null) report.warn(where, "no-segments", `${what} has no segments`);
}

function fieldChecks(type: string, key: string, f: LensField, report: LensReport): void {
  const schema = SEGMENTS[type];
  if ((key === "from" || key === "to") && schema && !schema.optional.includes(key)) {
    report.warn(f.line, "misplaced-field", `Field '${key}' is not valid in ${type} segment (only in article and video segments)`);
  }
  const bare = f.value.trim();
  if (key === "from" && (bare === "" || bare === '""' || bare === "''")) {
    report.warn(f.line, "empty-from", "Field 'from' is empty and can be omitted");
  }
  if (BOOLEAN_FIELDS.has(key) && !["true", "false"].includes(f.value.toLowerCase())) {
    report.warn(f.line, "non-boolean", `Field '${key}' has non-boolean value '${f.value}' (expected 'true' or 'false')`);
  }
  if (!KNOWN_FIELDS.includes(key)) {
    const near = closest(key, KNOWN_FIELDS);
    if (near) report.warn(f.line, "field-typo", `Unrecognized field '${key}' (did you mean '${near}'?)`);
  }
}

function requiredChecks(segment: LensSection, fields: Map<string, LensField>, report: LensReport): void {
  const need = (key: string, emptySeverity: "error" | "warning" | null): void => {
    const f = fields.get(key);
    if (!f) {
      report.error(segment.line, "missing-segment-field", `${capital(segment.type)} segment missing ${key}:: field`);
    } else if (f.value.trim() === "") {
      if (emptySeverity === null) report.error(f.line, "missing-segment-field", `${capital(segment.type)} segment missing ${key}:: field (it is empty)`);
      else report.add(f.line, emptySeverity, "empty-segment-field", `${capital(segment.type)} segment has empty ${key}:: field`);
    }
  };
  switch (segment.type) {
    case "text": {
      // The platform warns here, then refuses to publish the empty segment: one error says both.
      need("content", "error");
      const directive = directiveOutsideArticle(fields.get("content")?.value ?? "");
      if (directive) report.warn(segment.line, "directive-outside-article", directive);
      break;
    }
    case "chat":
      need("instructions", "warning");
      break;
    case "question":
      need("content", null);
      break;
    case "roleplay":
      need("id", null);
      need("content", null);
      need("ai-instructions", null);
      break;
  }
}

/** A `source::` value the platform cannot read as one wikilink. */
export function sourceSyntax(f: LensField, report: LensReport): void {
  const link = readPlatformLink(f.value);
  if (!link) report.error(f.line, "invalid-link", `Invalid wikilink format in source:: field: ${f.value}`);
  else if (link.error) {
    const hint = link.corrected ? ` (did you mean [[${link.corrected}]]?)` : "";
    report.error(f.line, "invalid-link", `${link.error} in source:: field: ${f.value}${hint}`);
  }
}

/** The platform warns when it reads the segment and refuses the excerpt when it cuts it: one error says both. */
function timestampChecks(fields: Map<string, LensField>, report: LensReport): void {
  for (const key of ["from", "to"]) {
    const f = fields.get(key);
    if (f && f.value !== "" && parseTimestamp(f.value) === null) {
      report.error(f.line, "invalid-timestamp", `Invalid timestamp format in ${key}:: field: '${f.value}' (expected M:SS, H:MM:SS or M:SS.ms)`);
    }
  }
}
