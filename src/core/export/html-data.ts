// What the HTML export page embeds: the JSON export plus each course's progression, so a course vault opens on its courses.
import type { IndexReader } from "../index/index-data";
import type { MosaicExport, SidebarModel } from "../model";
import { exportJson } from "./json";
import { sidebarModel } from "../query/sidebar";

export type CourseModel = Extract<SidebarModel, { kind: "course" }>;

export interface HtmlExportData extends MosaicExport {
  /** Every course note's sidebar model (without diagnostics), sorted by path; absent in pages built before courses. */
  courses?: CourseModel[];
}

export function htmlExportData(index: IndexReader): HtmlExportData {
  const courses: CourseModel[] = [];
  for (const path of index.notePaths()) {
    if (index.note(path)?.kind !== "course") continue;
    const model = sidebarModel(index, path);
    if (model?.kind === "course") courses.push({ ...model, diagnostics: [] });
  }
  return { ...exportJson(index), courses };
}
