// Rows for walking a course: its meetings and modules, a lens's segments, and the lenses excerpting an article.
import type { CourseItem, ExcerptEntry, SegmentEntry } from "../../core/model";
import { el, text } from "../dom";
import { lensRow, outcomeRow, sourceRow } from "./course-rows";
import type { Row } from "./lazy-tree";
import { contextLine, flairCount, noteLink, pill, rowLine } from "./parts";

type ModuleItem = Extract<CourseItem, { type: "module" }>;
type MeetingItem = Extract<CourseItem, { type: "meeting" }>;

export function meetingRow(item: MeetingItem, coursePath: string): Row {
  return {
    key: null,
    path: coursePath,
    line: item.line,
    matchText: item.name,
    cls: ["mosaic-meeting"],
    children: null,
    defaultCollapsed: false,
    fill(inner, _flair, highlight) {
      const line = rowLine(inner);
      el(line, "span", { cls: "mosaic-meeting-label", text: "Meeting" });
      text(line, " ");
      highlight(el(line, "span", { cls: "mosaic-meeting-name" }), item.name || "(unnamed)");
    },
  };
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A module of a course, collapsed: expanding it shows its outcomes (with their lenses) and its own lenses. */
export function moduleItemRow(item: ModuleItem, ordinal: number, coursePath: string): Row {
  const { module } = item;
  const modulePath = module.ref?.path ?? coursePath;
  const key = `${coursePath}#${module.line}`;
  const count = item.outcomes.length + item.lenses.length;
  const broken = module.ref === null;
  return {
    key,
    path: module.ref ? module.ref.path : coursePath,
    line: module.ref ? null : module.line,
    matchText: item.title,
    cls: broken ? ["mosaic-module", "mosaic-unresolved"] : ["mosaic-module"],
    children:
      count > 0
        ? () => [
            ...item.outcomes.map((o, i) => outcomeRow(o, i, modulePath, key)),
            ...item.lenses.map((l) => lensRow(l, modulePath, key)),
          ]
        : null,
    defaultCollapsed: true,
    fill(inner, flair, highlight) {
      const line = rowLine(inner);
      el(line, "span", { cls: "mosaic-ordinal", text: `${ordinal}.` });
      text(line, " ");
      noteLink(line, broken ? `[[${module.target}]]` : item.title, highlight);
      if (module.optional) pill(line, "optional", "optional");
      if (broken) line.title = `Unresolved link on line ${module.line}: no module named “${module.target}”`;
      if (count > 0) {
        const what = [plural(item.outcomes.length, "learning outcome", "learning outcomes"), plural(item.lenses.length, "lens", "lenses")];
        flairCount(flair, String(count), what.join(", "));
      }
    },
  };
}

export function courseRows(items: CourseItem[], coursePath: string): Row[] {
  let ordinal = 0;
  return items.map((item) => (item.type === "meeting" ? meetingRow(item, coursePath) : moduleItemRow(item, ++ordinal, coursePath)));
}

const SEGMENT_LABELS: Record<string, string> = { text: "Text", article: "Article", video: "Video", chat: "Chat", question: "Question" };

/** “from “…” to “…””: the excerpt an article or video segment takes. */
export function excerptText(from: string | null, to: string | null): string {
  if (from && to) return `from “${from}” to “${to}”`;
  if (from) return `from “${from}” to the end`;
  if (to) return `from the start to “${to}”`;
  return "the whole text";
}

export function segmentRow(segment: SegmentEntry, lensPath: string): Row {
  const source = segment.source;
  return {
    key: source ? `${lensPath}#${segment.line}` : null,
    path: lensPath,
    line: segment.line,
    matchText: segment.label || null,
    cls: ["mosaic-segment", `mosaic-segment-${segment.type.replace(/[^a-z0-9-]/g, "")}`],
    children: source ? () => [sourceRow(source, lensPath)] : null,
    defaultCollapsed: false,
    fill(inner, _flair, highlight) {
      const line = rowLine(inner);
      pill(line, SEGMENT_LABELS[segment.type] ?? segment.type, "segment");
      if (segment.label) {
        text(line, " ");
        highlight(el(line, "span", { cls: "mosaic-segment-label" }), segment.label);
      }
      if (segment.optional) pill(line, "optional", "optional");
      if (source) contextLine(inner, excerptText(segment.from, segment.to));
    },
  };
}

export function excerptRow(excerpt: ExcerptEntry): Row {
  return {
    key: null,
    path: excerpt.lens.path,
    line: excerpt.line,
    matchText: excerpt.lens.title,
    cls: ["mosaic-lens", "mosaic-excerpt"],
    children: null,
    defaultCollapsed: false,
    fill(inner, _flair, highlight) {
      noteLink(rowLine(inner), excerpt.lens.title, highlight);
      contextLine(inner, excerptText(excerpt.from, excerpt.to));
    },
  };
}
