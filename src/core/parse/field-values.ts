// Typed reading of a field value, as Dataview reads literals: links, boolean, number, date, else text.
import { findLinkSpans, type LinkText } from "./wikilinks";

export type FieldValue =
  | { type: "empty" }
  | { type: "links"; links: LinkText[] }
  | { type: "boolean"; value: boolean }
  | { type: "number"; value: number }
  | { type: "date"; value: string }
  | { type: "text"; value: string };

const NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;
const DATE = /^\d{4}-\d{2}(?:-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?$/;
const LINK_SEPARATORS = /^[\s,;]*$/;

export function parseFieldValue(value: string): FieldValue {
  const v = value.trim();
  if (v === "") return { type: "empty" };
  const spans = findLinkSpans(v);
  if (spans.length > 0) {
    let at = 0;
    let onlyLinks = true;
    for (const s of spans) {
      if (!LINK_SEPARATORS.test(v.slice(at, s.start))) onlyLinks = false;
      at = s.end;
    }
    if (onlyLinks && LINK_SEPARATORS.test(v.slice(at))) {
      return { type: "links", links: spans.map((s) => ({ path: s.path, subpath: s.subpath, alias: s.alias })) };
    }
  }
  const lower = v.toLowerCase();
  if (lower === "true" || lower === "false") return { type: "boolean", value: lower === "true" };
  if (NUMBER.test(v)) return { type: "number", value: Number(v) };
  if (DATE.test(v) && !Number.isNaN(Date.parse(v.length === 7 ? `${v}-01` : v))) return { type: "date", value: v };
  return { type: "text", value: v };
}

/** The Lens reading of a boolean field: true only for `true`, case-insensitive. */
export function isTrue(value: string): boolean {
  return value.trim().toLowerCase() === "true";
}
