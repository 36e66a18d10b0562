// Browser entry of the self-contained HTML export: reads the embedded JSON and mounts the trees and the graph.
import type { MosaicExport } from "../core/model";
import { mountExportApp, type ExportApp } from "./export-page/export-app";

declare global {
  interface Window {
    /** The mounted app, for tests and the curious. */
    __mosaic?: ExportApp;
  }
}

function start(): void {
  const dataEl = document.getElementById("mosaic-data");
  const root = document.getElementById("mosaic-app");
  if (!dataEl || !root) return;
  let data: MosaicExport;
  try {
    data = JSON.parse(dataEl.textContent ?? "") as MosaicExport;
  } catch {
    root.textContent = "The embedded mosaic data could not be read.";
    return;
  }
  window.__mosaic = mountExportApp(root, data, document.title || "Alignment Mosaic");
}

start();
