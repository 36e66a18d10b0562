// Node side of the sidebar benchmark: loads bench-output/sidebar-page.js into Chromium and times a 500-node tree.
import { existsSync, readFileSync } from "node:fs";
import type { SidebarModel } from "../src/core/model";
import { CHROMIUM_PATH, hasChromium, launchChromium } from "../tests/helpers/chromium";
import type { SidebarTimings } from "./sidebar-page";

export async function runSidebarBench(
  pageScript: string,
  stylesFile: string,
  model: SidebarModel,
  runs: number,
): Promise<SidebarTimings | string> {
  if (!hasChromium) return `no Chromium at ${CHROMIUM_PATH}`;
  if (!existsSync(pageScript)) return "src/ui/sidebar/render-sidebar.ts could not be bundled";
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 420, height: 900 } });
    await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body class="theme-light"></body></html>');
    if (existsSync(stylesFile)) await page.addStyleTag({ content: readFileSync(stylesFile, "utf8") });
    await page.addScriptTag({ content: readFileSync(pageScript, "utf8") });
    // One warm-up run (JIT, style caches) that is not counted, then the measured runs.
    return await page.evaluate(
      ([m, n]) => {
        const bench = (window as unknown as { mosaicBench: { run(model: unknown, runs: number): SidebarTimings } }).mosaicBench;
        bench.run(m, 1);
        return bench.run(m, n);
      },
      [model, runs] as const,
    );
  } finally {
    await browser.close();
  }
}
