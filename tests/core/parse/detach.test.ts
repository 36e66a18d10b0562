// A parsed note holds copies of the strings it keeps, not slices of its text: dropping the text frees it.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { detachStrings } from "../../../src/core/parse/detach";
import { parseNote } from "../../../src/core/parse/parse-note";
import { DEFAULT_SETTINGS } from "../../../src/core/model";

setFlagsFromString("--expose-gc");
const collect = runInNewContext("gc") as () => void;

/** A long note with questions, links and fields on every few lines (parts of each line stay in the parsed note). */
function longNote(seed: number): string {
  const lines = ["---", "tags: [problem]", `title: Problem ${seed}`, "---", "# Questions"];
  for (let i = 0; i < 1000; i++) {
    lines.push(`- Question ${seed}.${i}: how would an overseer notice deception in step ${i}? ^q-${i}`);
    lines.push(`  addresses:: [[Source ${i % 50}]] and a sentence of context that mentions [[Paper ${i % 7}#Results]].`);
  }
  return lines.join("\n") + "\n";
}

describe("detachStrings", () => {
  it("keeps every value equal, copies equal strings once and leaves dates and 10,000-deep nesting alone", () => {
    const when = new Date(0);
    const value = { a: ["same sentence, twice", "same sentence, twice", "short"], when, n: 3, nested: { b: [{ c: "a longer string here" }] } };
    const copy = structuredClone(value);
    expect(detachStrings(value)).toBe(value);
    expect(value).toEqual(copy);
    expect(value.when).toBe(when);
    type Chain = { child?: Chain; name: string };
    let deep: Chain = { name: "leaf of a deep chain" };
    for (let i = 0; i < 10_000; i++) deep = { child: deep, name: `level ${i} of the chain` };
    detachStrings(deep);
    let depth = 0;
    for (let node: Chain | undefined = deep; node?.child; node = node.child) {
      expect(node.name).toBe(`level ${9_999 - depth} of the chain`);
      depth++;
    }
    expect(depth).toBe(10_000);
  });

  it("lets the text of a parsed note be collected while the parsed note is kept", () => {
    /** Heap held by 10 parsed long notes, and by their texts too when `keepTexts`; with the text's length in bytes. */
    const heldBy = (keepTexts: boolean): { held: number; textBytes: number } => {
      collect();
      const before = process.memoryUsage().heapUsed;
      const kept: unknown[] = [];
      let textBytes = 0;
      for (let seed = 0; seed < 10; seed++) {
        const text = longNote(seed);
        textBytes += text.length;
        const note = parseNote(`Problems/P${seed}.md`, text, DEFAULT_SETTINGS);
        expect(note.outline.length > 0 && note.links.length >= 2000).toBe(true);
        kept.push(keepTexts ? [note, text] : note);
      }
      collect();
      const held = process.memoryUsage().heapUsed - before;
      expect(kept).toHaveLength(10);
      return { held, textBytes };
    };
    heldBy(false);
    const notesOnly = heldBy(false);
    const withTexts = heldBy(true);
    // Were the texts still reachable through the notes' substrings, keeping them as well would cost next to nothing.
    expect(withTexts.held - notesOnly.held).toBeGreaterThan(0.8 * withTexts.textBytes);
  });
});
