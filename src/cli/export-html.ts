// `mosaic export --format html`: one self-contained page with the trees and the graph, built from the bundled app.
import appScript from "virtual:html-app";
import css from "virtual:export-css";
import type { MosaicExport } from "../core/model";
import { htmlPage } from "./html-page";

export function exportHtml(data: MosaicExport, title = "Alignment Mosaic"): string {
  return htmlPage(data, appScript, css, title);
}
