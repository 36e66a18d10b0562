// The sidebar bodies of a course (its progression) and of a lens (its segments, sources and the notes above it).
import type { LinkedNote, SidebarModel } from "../../core/model";
import { linkedRow, sourceRow } from "./course-rows";
import type { BodyPlan, Row } from "./lazy-tree";
import { sectionRow } from "./section-rows";
import { courseRows, segmentRow } from "./walk-rows";

export const EMPTY_COURSE = "No module yet. Add `# Module: [[../modules/name]]` lines (and `# Meeting: name` between them).";

export function coursePlan(model: Extract<SidebarModel, { kind: "course" }>): BodyPlan {
  const path = model.note.path;
  const modules = model.items.filter((i) => i.type === "module").length;
  const rows: Row[] = [
    sectionRow(`${path}#mosaic-course`, "Meetings and modules", courseRows(model.items, path), {
      count: modules,
      empty: EMPTY_COURSE,
    }),
  ];
  return { intro: () => undefined, rows, empty: null };
}

/** A section listing notes above this one (“Used in modules”...): each a link to that note. */
export function usersSection(path: string, id: string, label: string, users: LinkedNote[], cls: string, empty: string): Row {
  return sectionRow(`${path}#mosaic-${id}`, label, users.map((u) => linkedRow(u, path, label, cls)), {
    count: users.length,
    empty,
  });
}

export function lensPlan(model: Extract<SidebarModel, { kind: "lens" }>): BodyPlan {
  const path = model.note.path;
  const rows: Row[] = [
    sectionRow(`${path}#mosaic-segments`, "Segments", model.segments.map((s) => segmentRow(s, path)), {
      count: model.segments.length,
      empty: "No segment yet. Add `#### Text` with `content::`, or `#### Article` with `source::`.",
    }),
    sectionRow(`${path}#mosaic-sources`, "Articles and videos", model.sources.map((s) => sourceRow(s, path)), {
      count: model.sources.length,
      empty: "This lens excerpts no article or video.",
    }),
    usersSection(path, "outcomes", "Used by learning outcomes", model.outcomes, "mosaic-outcome", "No learning outcome lists this lens."),
    usersSection(path, "modules", "In modules", model.modules, "mosaic-module", "No module teaches this lens yet."),
    usersSection(path, "courses", "In courses", model.courses, "mosaic-course", "No course reaches this lens yet."),
  ];
  return { intro: () => undefined, rows, empty: null };
}
