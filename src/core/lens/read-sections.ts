// Sections, segments and field scopes as the Lens platform reads them, over lines whose numbers stay true to the file.
import type { LensField, LensSection } from "../model";
import { KNOWN_FIELDS, MARKDOWN_FIELDS, STRUCTURAL_WORDS, editDistance } from "./schema";
import type { LensReport } from "./report";

export interface Header {
  level: number;
  /** The type as written, trimmed (`Learning Outcome`). */
  rawType: string;
  title: string;
}

/** `#{min,6} Type: title` (the colon and title optional); null for any other line. */
export function readHeader(line: string, minLevel = 1): Header | null {
  let level = 0;
  while (level < line.length && line.charCodeAt(level) === 35) level++;
  if (level < minLevel || level > 6 || !/^\s/.test(line.charAt(level))) return null;
  const rest = line.slice(level);
  const colon = rest.indexOf(":");
  const rawType = (colon === -1 ? rest : rest.slice(0, colon)).trim();
  if (rawType === "") return null;
  return { level, rawType, title: colon === -1 ? "" : rest.slice(colon + 1).trim() };
}

const ANY_HEADING = /^#{1,6}\s/;
const FIELD_LINE = /^([\w-]+)::\s*(.*)$/;
const SINGLE_COLON = /^(\w+):\s+/;

/** True for a line the platform reads as a field. */
export function isPlatformField(line: string): boolean {
  return FIELD_LINE.test(line);
}

/** `key:: value` at column 0 with an ASCII word key, as the platform recognises a field. */
export function readFieldLine(line: string): { key: string; value: string } | null {
  const m = FIELD_LINE.exec(line);
  return m ? { key: m[1] ?? "", value: (m[2] ?? "").trim() } : null;
}

export interface SectionRead {
  /** 0-based index of the first and after-last line the sections may use. */
  from: number;
  to: number;
  /** Headers must be deeper than this level. */
  parentLevel: number;
  types: ReadonlySet<string>;
  /** Segments: every valid header is a sibling. Sections: deeper headers belong to the section above. */
  flat: boolean;
}

function titleCase(type: string): string {
  return type.replace(/\b\w/g, (c) => c.toUpperCase());
}

/** Reads the sections between two lines; structure and field problems go to `report`. */
export function readSections(lines: readonly string[], read: SectionRead, report: LensReport): LensSection[] {
  const sections: LensSection[] = [];
  let current: LensSection | null = null;
  let siblingLevel = 0;
  let warnedBefore = false;
  const close = (end: number): void => {
    if (!current) return;
    current.endLine = end;
    current.fields = readFields(lines, current.line, end, report);
    if (current.type === "submodule") {
      const types = new Set([...read.types].filter((t) => t !== "submodule"));
      current.children = readSections(lines, { from: current.line, to: end, parentLevel: current.level, types, flat: false }, report);
    }
    sections.push(current);
    current = null;
  };
  for (let i = read.from; i < read.to; i++) {
    const line = lines[i] ?? "";
    const header = readHeader(line, read.parentLevel + 1);
    if (header) {
      const lower = header.rawType.toLowerCase();
      if (!read.types.has(lower)) {
        if (read.flat || siblingLevel === 0 || header.level <= siblingLevel) {
          const valid = [...read.types].map(titleCase).join(", ");
          report.error(i + 1, "unknown-section", `Unknown section type: ${header.rawType} (valid here: ${valid})`);
        }
        continue;
      }
      if (!read.flat && siblingLevel > 0 && header.level > siblingLevel) continue;
      close(i);
      siblingLevel = header.level;
      current = { type: lower.replace(/ /g, "-"), title: header.title, level: header.level, line: i + 1, endLine: i + 1, fields: [], children: [] };
    } else if (!current && !warnedBefore && line.trim() !== "" && !/^[\w-]+::\s/.test(line)) {
      warnedBefore = true;
      report.error(i + 1, "content-before-section", "Content found before the first section header: this text will be ignored");
    }
  }
  close(read.to);
  return sections;
}

/** The fields of the lines after a header (1-based `headerLine`) up to `end` (0-based, exclusive). */
export function readFields(lines: readonly string[], headerLine: number, end: number, report: LensReport): LensField[] {
  const fields: LensField[] = [];
  let open: { field: LensField; parts: string[]; start: number } | null = null;
  let seen = new Set<string>();
  let scope = 0;
  let warnedText = false;
  const finish = (): void => {
    if (!open) return;
    const joined = open.parts.join("\n");
    open.field.value = joined.trim();
    const lead = joined.slice(0, joined.length - joined.trimStart().length);
    if (open.field.value !== "") open.field.valueLine = open.start + lead.split("\n").length - 1;
    if (MARKDOWN_FIELDS.has(open.field.key)) open.field.value = open.field.value.replace(/^\\(#+)/gm, "$1");
    open = null;
  };
  for (let i = headerLine; i < end; i++) {
    const line = lines[i] ?? "";
    const lineNo = i + 1;
    if (ANY_HEADING.test(line)) {
      if (open && MARKDOWN_FIELDS.has(open.field.key)) headingInContent(line, lineNo, open.field.key, report);
      finish();
      seen = new Set();
      scope++;
      warnedText = false;
      continue;
    }
    const field = readFieldLine(line);
    if (field) {
      finish();
      if (seen.has(field.key)) report.error(lineNo, "duplicate-field", `Duplicate field '${field.key}': the later value replaces the earlier one`);
      seen.add(field.key);
      const parts = field.value === "" ? [] : [field.value];
      open = { field: { key: field.key, value: "", line: lineNo, valueLine: lineNo, scope }, parts, start: parts.length > 0 ? lineNo : lineNo + 1 };
      fields.push(open.field);
    } else if (open) {
      open.parts.push(line);
    } else {
      const single = SINGLE_COLON.exec(line);
      const word = single?.[1];
      if (word !== undefined && KNOWN_FIELDS.includes(word) && !/^https?:/.test(line)) {
        report.error(lineNo, "single-colon-field", `Found '${word}:' with a single colon: did you mean '${word}::'?`);
      } else if (line.trim() !== "" && !warnedText) {
        warnedText = true;
        const text = line.trim();
        const preview = text.length > 60 ? `${text.slice(0, 60)}...` : text;
        report.error(lineNo, "text-outside-field", `Text outside of a field:: definition will be ignored: "${preview}"`);
      }
    }
  }
  finish();
  return fields;
}

function headingInContent(line: string, lineNo: number, key: string, report: LensReport): void {
  const m = /^(#{1,6})\s+(.*)$/.exec(line);
  const text = (m?.[2] ?? "").trim();
  const word = text.replace(/:.*$/, "").trim().toLowerCase();
  if (STRUCTURAL_WORDS.some((w) => editDistance(word, w) <= 2)) return;
  report.warn(lineNo, "heading-in-content", `'${m?.[1] ?? "#"} ${text}' looks like a Markdown heading inside ${key}:: (escape it as '\\${m?.[1] ?? "#"} ${text}')`);
}
