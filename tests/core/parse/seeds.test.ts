// The two seeds: the Lens module (sections, questions, glued questions, empty source) and the thread's answer list.
import { describeWithShared, readShared, SEEDS } from "../../helpers/shared";
import { parse } from "./helpers";
import type { OutlineItem } from "../../../src/core/model";

describeWithShared("seed module 000 (Lens module with a question list)", [SEEDS.module], () => {
  const text = readShared("seeds", "000_8603d6cfe966d83c.txt");
  const note = parse(text, "modules/fundamental-difficulties.md");
  const lines = text.split("\n");
  const lineOf = (start: string): number => lines.findIndex((l) => l.startsWith(start)) + 1;

  it("is a module with its id, title and tags", () => {
    expect(note.kind).toBe("module");
    expect(note.id).toBe("4a6836a1-9572-43da-9560-0bcaef788555");
    expect(note.title).toBe("Fundamental Difficulties");
    expect(note.tags).toEqual(["module", "work-in-progress"]);
    expect(note.frontmatterLines).toBe(9);
  });

  it("has its sections in order, the Text segment under the Page", () => {
    expect(note.sections.map((s) => [s.type, s.title, s.level, s.line, s.parent])).toEqual([
      ["page", "Welcome", 1, 10, null],
      ["text", "", 2, 12, 0],
      ["learning-outcome", "", 1, 33, null],
      ["learning-outcome", "", 1, 37, null],
    ]);
    expect(note.sections[2]?.fields.map((f) => [f.key, f.value])).toEqual([
      ["optional", "true"],
      ["source", "[[../Learning Outcomes/Explain the fundamental difficulties of AI alignment]]"],
    ]);
  });

  it("has 11 questions in its content outline: 2 marked and 9 glued, all siblings", () => {
    expect(note.contentOutline).toHaveLength(11);
    expect(note.contentOutline.every((q) => q.level === 0 && q.children.length === 0 && q.text.endsWith("?"))).toBe(true);
    expect(note.contentOutline[0]?.text).toBe(
      "Why is it unrealistic to expect we can list all alignment challenges in advance, and what does this imply about the kind of theory we need?",
    );
    expect(note.contentOutline.map((q) => q.line)).toEqual([19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29]);
  });

  it("reports the 9 glued questions with their lines, each once", () => {
    const glued = note.diagnostics.filter((d) => d.code === "glued-question");
    const first = lineOf("Why do “alignment is hard”");
    const last = lineOf("How can coordination failures");
    expect(glued.map((d) => d.line)).toEqual(Array.from({ length: last - first + 1 }, (_, i) => first + i));
    expect(glued).toHaveLength(9);
    expect(glued.every((d) => d.severity === "warning" && d.file === "modules/fundamental-difficulties.md")).toBe(true);
    expect(glued[0]?.message).toContain("Why do “alignment is hard” arguments");
  });

  it("flags the last Learning Outcome's empty source:: line", () => {
    const empty = note.diagnostics.filter((d) => d.code === "empty-link-field");
    expect(empty.map((d) => [d.line, d.severity])).toEqual([[38, "error"]]);
    expect(lines[37]?.trim()).toBe("source::");
    // The platform no longer knows `# Page:` sections in modules: its own errors there, as its validator reports them.
    expect(note.diagnostics.filter((d) => d.severity === "error").map((d) => [d.code, d.line])).toEqual([
      ["unknown-section", 10],
      ["content-before-section", 11],
      ["unknown-section", 12],
      ["empty-link-field", 38],
    ]);
    expect(note.tier).toBe("wip");
  });

  it("puts the Lens headings and the list in the full outline as well", () => {
    expect(note.outline.map((n) => [n.kind, n.text, n.line])).toEqual([
      ["heading", "Page: Welcome", 10],
      ["heading", "Learning Outcome:", 33],
      ["heading", "Learning Outcome:", 37],
    ]);
    const text = note.outline[0]?.children[0];
    expect(text?.text).toBe("Text");
    expect(text?.children).toHaveLength(11);
  });
});

describeWithShared("seed thread 003 (open problems as nested bullet lists)", [SEEDS.thread], () => {
  const all = readShared("seeds", "003_a7722ec9ba05624d.txt").split("\n");
  const start = all.findIndex((l) => l.startsWith("  • How does abstraction work?"));
  const end = all.findIndex((l, i) => i > start && l.startsWith("What is the right mathematical language in which to talk about modularity"));
  const answer = all.slice(start, end);
  const note = parse(["---", "tags: [problem]", "---", ...answer].join("\n"), "problems/agents.md");

  // Expected counts straight from the text: bullet indentation 2, 4, 6 spaces means depth 0..2 (with the problem
  // note as the root, a tree four levels deep).
  const expectedByDepth = new Map<number, number>();
  for (const line of answer) {
    const m = /^( *)• /.exec(line);
    if (m) {
      const depth = (m[1] ?? "").length / 2 - 1;
      expectedByDepth.set(depth, (expectedByDepth.get(depth) ?? 0) + 1);
    }
  }

  it("is a problem note", () => {
    expect(note.kind).toBe("problem");
    expect(start).toBeGreaterThan(0);
    expect(end).toBeGreaterThan(start);
  });

  it("has as many nodes at each depth as the indentation shows (three item levels under the root)", () => {
    const actual = new Map<number, number>();
    const stack: OutlineItem[] = [...note.outline];
    while (stack.length > 0) {
      const node = stack.pop();
      if (!node) break;
      expect(node.kind).toBe("item");
      actual.set(node.level, (actual.get(node.level) ?? 0) + 1);
      stack.push(...node.children);
    }
    expect(expectedByDepth.size).toBe(3);
    expect([...actual.entries()].sort()).toEqual([...expectedByDepth.entries()].sort());
  });

  it("keeps the first branch's shape and text", () => {
    const abstraction = note.outline[0];
    expect(abstraction?.text).toBe("How does abstraction work?");
    expect(abstraction?.line).toBe(4);
    expect(abstraction?.children.map((c) => c.children.length)).toEqual([2, 1, 7]);
    expect(abstraction?.children[0]?.children[0]?.text).toBe("... in simulations or toy models (i.e. from an explicit low-level model)?");
    expect(note.diagnostics.filter((d) => d.code === "glued-question")).toEqual([]);
  });
});
