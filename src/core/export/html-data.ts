// What the HTML export page embeds: the JSON export plus each course's progression, so a course vault opens on its courses.
import type { MosaicIndex } from "../index/mosaic-index";
import type { MosaicExport, SidebarModel } from "../model";

export type CourseModel = Extract<SidebarModel, { kind: "course" }>;

export interface HtmlExportData extends MosaicExport {
  /** Every course note's sidebar model (without diagnostics), sorted by path; absent in pages built before courses. */
  courses?: CourseModel[];
}

export function htmlExportData(index: MosaicIndex): HtmlExportData {
  const courses: CourseModel[] = [];
  for (const path of index.notePaths()) {
    if (index.note(path)?.kind !== "course") continue;
    const model = index.sidebar(path);
    if (model?.kind === "course") courses.push({ ...model, diagnostics: [] });
  }
  return { ...index.export(), courses };
}
