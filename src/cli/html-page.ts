// Node side of the HTML export: hashes the inline script and style with node:crypto and builds the page.
import { createHash } from "node:crypto";
import { buildHtmlPage } from "../core/export/html";
import type { MosaicExport } from "../core/model";

export function sha256Base64(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("base64");
}

export function htmlPage(data: MosaicExport, appScript: string, css: string, title = "Alignment Mosaic"): string {
  return buildHtmlPage({ data, appScript, css, title, sha256Base64 });
}
