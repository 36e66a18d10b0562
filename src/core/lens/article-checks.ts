// An article's body as the Lens platform renders it: its directives, and no Obsidian `![[…]]` embeds.
import { articleDirectiveChecks } from "./directives";
import type { LensReport } from "./report";

/** Checks the body, `lines[from]` onwards (the platform's lines, 0-based index; reported lines are 1-based). */
export function articleBodyChecks(lines: readonly string[], from: number, report: LensReport): void {
  articleDirectiveChecks(lines, from, report);
  for (let i = from; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (!line.includes("![[")) continue;
    for (const m of line.matchAll(/!\[\[([^\]]+)\]\]/g)) {
      report.error(i + 1, "wikilink-image", `Wiki-link image not supported: ![[${m[1] ?? ""}]] (write ![alt](url))`);
    }
  }
}
