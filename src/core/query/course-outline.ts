// A course's progression as the sidebar shows it: meetings and modules in document order, each module with its
// outcomes and lenses.
import type { IndexData } from "../index/index-data";
import { optionalFlag } from "../index/edge-record";
import type { CourseItem, LinkedNote, ParsedNote } from "../model";
import { lensSections, linkedNote, moduleOutcomes } from "./lens-entries";

/** The module a course's `# Module: [[..]]` section names: the link on its heading line. */
export function courseModuleLink(index: IndexData, course: ParsedNote, sectionIndex: number): LinkedNote | null {
  const section = course.sections[sectionIndex];
  if (section?.type !== "module") return null;
  const link = course.links.find((l) => l.line === section.line) ?? null;
  return linkedNote(index, course, link, section.line, optionalFlag(course.sections, sectionIndex));
}

export function courseItems(index: IndexData, course: ParsedNote): CourseItem[] {
  const items: CourseItem[] = [];
  course.sections.forEach((section, i) => {
    if (section.type === "meeting") {
      items.push({ type: "meeting", name: section.title, line: section.line });
      return;
    }
    const module = courseModuleLink(index, course, i);
    if (!module) return;
    const note = module.ref ? index.note(module.ref.path) : undefined;
    items.push({
      type: "module",
      module,
      title: note?.title ?? (module.target || section.title),
      outcomes: note ? moduleOutcomes(index, note) : [],
      lenses: note ? lensSections(index, note, false) : [],
    });
  });
  return items;
}
