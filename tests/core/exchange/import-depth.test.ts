// Every import format refuses an outline nested deeper than MAX_OUTLINE_DEPTH with one short line, and takes one that deep.
import { importOutline, MAX_OUTLINE_DEPTH, type ImportFormat } from "../../../src/core/exchange";

/** One question per level, each the only child of the one above, in the given format. */
function chain(levels: number, format: ImportFormat): string {
  const text = (level: number): string => `Level ${level}?`;
  if (format === "markdown") return Array.from({ length: levels }, (_, i) => `${"\t".repeat(i)}- ${text(i + 1)}`).join("\n") + "\n";
  if (format === "opml") {
    let body = `<outline text="${text(levels)}"/>`;
    for (let level = levels - 1; level >= 1; level--) body = `<outline text="${text(level)}">${body}</outline>`;
    return `<?xml version="1.0"?><opml version="2.0"><head><title>Deep</title></head><body>${body}</body></opml>`;
  }
  let node = `{"text":"${text(levels)}","children":[]}`;
  for (let level = levels - 1; level >= 1; level--) node = `{"text":"${text(level)}","children":[${node}]}`;
  return `[${node}]`;
}

function depthOf(format: ImportFormat, levels: number): number {
  const result = importOutline(chain(levels, format), format);
  let depth = 0;
  for (let node = result.ok ? result.roots[0] : undefined; node; node = node.children[0]) depth++;
  return depth;
}

describe.each<ImportFormat>(["markdown", "opml", "json"])("importing %s nested deep", (format) => {
  it(`takes ${MAX_OUTLINE_DEPTH} levels whole`, () => {
    expect(depthOf(format, MAX_OUTLINE_DEPTH)).toBe(MAX_OUTLINE_DEPTH);
  });

  it("refuses one level more, and 3,000 levels, with one short line and no exception", () => {
    for (const levels of [MAX_OUTLINE_DEPTH + 1, 3000]) {
      const result = importOutline(chain(levels, format), format);
      expect(result.ok).toBe(false);
      const error = result.ok ? "" : result.error;
      expect(error).toMatch(new RegExp(`nested deeper than ${MAX_OUTLINE_DEPTH} levels`));
      expect(error).not.toContain("\n");
      expect(error.length).toBeLessThan(200);
    }
  });
});
