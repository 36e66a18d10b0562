// `mosaic export --format html`: one self-contained page with the trees and the graph, built from the bundled app.
import type { MosaicExport } from "../core/model";
import { htmlPage } from "./html-page";

interface TextModule {
  default: string;
}

/**
 * The browser app and its CSS exist only inside the CLI bundle (esbuild.config.mjs makes up `virtual:html-app` and
 * `virtual:export-css`); they are required on first use so that code importing the CLI in-process (jest) still loads.
 */
function bundledAssets(): { appScript: string; css: string } {
  /* eslint-disable @typescript-eslint/no-require-imports -- esbuild resolves these virtual modules at build time only */
  const appScript = (require("virtual:html-app") as TextModule).default;
  const css = (require("virtual:export-css") as TextModule).default;
  /* eslint-enable @typescript-eslint/no-require-imports -- only the two lines above */
  return { appScript, css };
}

export function exportHtml(data: MosaicExport, title = "Alignment Mosaic"): string {
  const { appScript, css } = bundledAssets();
  return htmlPage(data, appScript, css, title);
}
