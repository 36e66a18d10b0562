// One-note changes stay cheap: the tree they address is patched, not rebuilt (an identity that holds at any size; the
// bench times it on 10,000 notes).
import { MosaicIndex } from "../../../src/core/index/mosaic-index";
import type { TreeNode } from "../../../src/core/model";

// A 1,000-note vault: one big problem, some small ones, and sources that all address the big one.
const QUESTIONS = 300;
const PROBLEMS = 9;
const SOURCES = 990;

function vault(): Map<string, string> {
  const files = new Map<string, string>();
  const big = ["---", "tags: [problem]", "---"];
  for (let q = 0; q < QUESTIONS; q++) big.push(`${q % 5 === 0 ? "" : "\t"}- Question ${q}? ^q-${q}`);
  files.set("Problems/Big.md", big.join("\n"));
  for (let p = 0; p < PROBLEMS; p++) {
    files.set(`Problems/P${p}.md`, `---\ntags: [problem]\n---\n## Part\n- One? ^a\n- Two? ^b\n\t- Two and a half? ^c\n`);
  }
  for (let s = 0; s < SOURCES; s++) {
    files.set(
      `Sources/S${s}.md`,
      `---\ntags: [paper]\n---\naddresses:: [[Big#^q-${s % QUESTIONS}]], [[P${s % PROBLEMS}#^c]]\n\nSee [[P${(s + 1) % PROBLEMS}]] and [[S${(s + 7) % SOURCES}]] and [[${s}]].\n`,
    );
  }
  return files;
}

function findByAnchor(node: TreeNode, anchor: string): TreeNode | undefined {
  const stack = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.anchor === anchor) return current;
    stack.push(...current.children);
  }
  return undefined;
}

describe("one-note updates", () => {
  it("patch the problem tree a changed source addresses instead of rebuilding it, and keep its counts right", () => {
    const files = vault();
    const index = new MosaicIndex();
    for (const [path, text] of files) index.setNote(path, text);
    expect(index.notePaths()).toHaveLength(1 + PROBLEMS + SOURCES);
    const before = index.problemTree("Problems/Big.md")!;
    const original = files.get("Sources/S42.md")!;
    for (let i = 1; i < 21; i++) {
      const target = (42 + i) % QUESTIONS;
      index.setNote("Sources/S42.md", original.replace(/\^q-42\]\]/, `^q-${target}]]`));
      const tree = index.problemTree("Problems/Big.md")!;
      expect(tree.root).toBe(before.root);
      expect(tree.root.addressedCount).toBe(SOURCES);
      const node = findByAnchor(tree.root, `^q-${target}`);
      expect(node?.addressedBy.map((a) => a.path)).toContain("Sources/S42.md");
      expect(findByAnchor(tree.root, "^q-42")?.addressedBy.map((a) => a.path)).not.toContain("Sources/S42.md");
    }
  });
});
