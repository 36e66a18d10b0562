// One-note changes in a 10,000-note vault stay cheap: the tree they address is patched, not rebuilt.
import { MosaicIndex } from "../../../src/core/index/mosaic-index";

function vault(): Map<string, string> {
  const files = new Map<string, string>();
  const big = ["---", "tags: [problem]", "---"];
  for (let q = 0; q < 3000; q++) big.push(`${q % 5 === 0 ? "" : "\t"}- Question ${q}? ^q-${q}`);
  files.set("Problems/Big.md", big.join("\n"));
  for (let p = 0; p < 99; p++) {
    files.set(`Problems/P${p}.md`, `---\ntags: [problem]\n---\n## Part\n- One? ^a\n- Two? ^b\n\t- Two and a half? ^c\n`);
  }
  for (let s = 0; s < 9900; s++) {
    files.set(
      `Sources/S${s}.md`,
      `---\ntags: [paper]\n---\naddresses:: [[Big#^q-${s % 3000}]], [[P${s % 99}#^c]]\n\nSee [[P${(s + 1) % 99}]] and [[S${(s + 7) % 9900}]] and [[${s}]].\n`,
    );
  }
  return files;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

describe("update speed", () => {
  it("re-indexes one changed source and refreshes the problem tree it addresses in under 2 ms (median)", () => {
    const files = vault();
    const index = new MosaicIndex();
    for (const [path, text] of files) index.setNote(path, text);
    expect(index.paths()).toHaveLength(10000);
    index.problemTree("Problems/Big.md");
    const original = files.get("Sources/S42.md")!;
    const times: number[] = [];
    for (let i = 0; i < 101; i++) {
      const start = performance.now();
      index.setNote("Sources/S42.md", original.replace(/\^q-42\]\]/, `^q-${(42 + i) % 3000}]]`));
      const tree = index.problemTree("Problems/Big.md")!;
      times.push(performance.now() - start);
      expect(tree.root.addressedCount).toBe(9900);
    }
    expect(median(times)).toBeLessThan(2);
  });
});
