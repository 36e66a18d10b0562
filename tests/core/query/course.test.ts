// Course queries on a real-shaped course: the progression, the notes above a lens, excerpts, and walking the course.
import { COURSE_PATH, articlePath, lensCourse, lensPath, modulePath, outcomePath, videoPath } from "../../../bench/lens-course";
import { MosaicIndex } from "../../../src/core/index/mosaic-index";
import { readVault } from "../../../src/cli/read-vault";
import { stepFrom, type StepKind, type WalkContext } from "../../../src/core/query/course-order";
import { describeWithShared, sharedPath } from "../../helpers/shared";
import { indexOf, lineOf } from "../index/helpers";
import { sidebarModel } from "../../../src/core/query/sidebar";

const files = lensCourse({ modules: 3, outcomesPerModule: 2, lensesPerOutcome: 2, directEvery: 3 });
const index = indexOf(files);
const course = files[COURSE_PATH]!;

function model<K extends string>(path: string, kind: K) {
  const m = sidebarModel(index, path);
  if (m?.kind !== kind) throw new Error(`${path}: ${m?.kind} is not ${kind}`);
  return m as Extract<NonNullable<typeof m>, { kind: K }>;
}

describe("course views", () => {
  it("a course lists its meetings and modules in order, each with its outcomes and lenses", () => {
    const m = model(COURSE_PATH, "course");
    expect(m.items.map((i) => (i.type === "meeting" ? `meeting ${i.name}` : `module ${i.title}`))).toEqual([
      "meeting Week 1",
      "module Module 1",
      "module Module 2",
      "meeting Week 2",
      "module Module 3",
    ]);
    const [, first, , , third] = m.items;
    if (first?.type !== "module" || third?.type !== "module") throw new Error("not modules");
    expect(first.module.line).toBe(lineOf(course, "module-1]]"));
    expect(first.outcomes.map((o) => [o.title, o.lenses.map((l) => l.title)])).toEqual([
      ["Outcome 1.1", ["Lens 1.1.1", "Lens 1.1.2"]],
      ["Outcome 1.2", ["Lens 1.2.1", "Lens 1.2.2"]],
    ]);
    expect(first.outcomes[0]?.sentence).toMatch(/^Explain, in your own words/);
    expect(third.outcomes).toEqual([]);
    expect(third.lenses.map((l) => [l.title, l.inline])).toEqual([
      ["Lens 3.1.1", false],
      ["Lens 3.2.1", false],
      ["Closing words", true],
    ]);
  });

  it("a module names the courses using it, at the course's line", () => {
    expect(model(modulePath(2), "module").courses.map((c) => [c.ref?.path, c.line])).toEqual([[COURSE_PATH, lineOf(course, "module-2]]")]]);
  });

  it("a lens shows its segments, its article and video, and the outcome, module and course above it", () => {
    const m = model(lensPath(1, 2, 1), "lens");
    expect(m.segments.map((s) => [s.type, s.label, s.source?.ref?.path ?? null, s.from, s.to, s.optional])).toEqual([
      ["text", "Before reading, think about part 1.2: what would change your mind?", null, null, null, false],
      ["article", "", articlePath(1, 2, 1), "The first claim", "the last claim.", false],
      ["video", "", videoPath(1), null, null, true],
      ["chat", "Ask the student which claim they found weakest, and why.", null, null, null, false],
    ]);
    expect(m.sources.map((s) => s.ref?.path)).toEqual([articlePath(1, 2, 1), videoPath(1)]);
    expect(m.outcomes.map((o) => o.ref?.path)).toEqual([outcomePath(1, 2)]);
    expect(m.modules.map((o) => o.ref?.path)).toEqual([modulePath(1)]);
    expect(m.courses.map((o) => o.ref?.path)).toEqual([COURSE_PATH]);
    // A lens listed by a module directly has no outcome above it.
    const direct = model(lensPath(3, 1, 1), "lens");
    expect([direct.outcomes, direct.modules.map((x) => x.ref?.path)]).toEqual([[], [modulePath(3)]]);
  });

  it("an article shows the lenses that excerpt it, with the excerpt's anchors; a video every lens using it", () => {
    const article = model(articlePath(2, 1, 2), "other");
    expect(article.excerpts.map((e) => [e.lens.path, e.line, e.from, e.to])).toEqual([
      [lensPath(2, 1, 2), lineOf(files[lensPath(2, 1, 2)]!, "article-2-1-2"), "The first claim", "the last claim."],
    ]);
    expect(article.usedBy).toEqual([]);
    expect(model(videoPath(1), "other").excerpts.map((e) => e.lens.title)).toEqual(["Lens 1.1.1", "Lens 1.1.2", "Lens 1.2.1", "Lens 1.2.2"]);
  });
});

describe("walking the course", () => {
  const walk = (from: string, kind: StepKind, direction: 1 | -1, times: number, idx = index): string[] => {
    const context: WalkContext = { course: null, module: null, line: null };
    const out: string[] = [];
    let at = from;
    for (let i = 0; i < times; i++) {
      const step = stepFrom(idx, at, kind, direction, context);
      if (!step) break;
      Object.assign(context, { course: step.course, module: step.module, line: step.line });
      out.push(step.line === null ? step.path : `${step.path}:${step.line}`);
      at = step.path;
    }
    return out;
  };

  it("lens to lens, crossing outcomes and modules, into a module's own lenses and its inline lens", () => {
    const inline = `${modulePath(3)}:${lineOf(files[modulePath(3)]!, "# Lens: Closing words")}`;
    expect(walk(lensPath(2, 2, 1), "lens", 1, 10)).toEqual([lensPath(2, 2, 2), lensPath(3, 1, 1), lensPath(3, 2, 1), inline]);
    expect(walk(lensPath(3, 2, 1), "lens", -1, 3)).toEqual([lensPath(3, 1, 1), lensPath(2, 2, 2), lensPath(2, 2, 1)]);
  });

  it("outcome to outcome and module to module across the course; from the course, its first or last", () => {
    expect(walk(outcomePath(1, 2), "learning-outcome", 1, 10)).toEqual([outcomePath(2, 1), outcomePath(2, 2)]);
    expect(walk(lensPath(1, 1, 2), "module", 1, 10)).toEqual([modulePath(2), modulePath(3)]);
    expect(walk(modulePath(1), "module", -1, 1)).toEqual([]);
    expect(walk(COURSE_PATH, "module", 1, 1)).toEqual([modulePath(1)]);
    expect(walk(COURSE_PATH, "lens", -1, 1)).toEqual([expect.stringMatching(/^modules\/module-3\.md:\d+$/)]);
    expect(walk(modulePath(3), "lens", 1, 1)).toEqual([lensPath(3, 1, 1)]);
  });

  it("without a course, walks the module alone", () => {
    const alone = indexOf(Object.fromEntries(Object.entries(files).filter(([p]) => p !== COURSE_PATH)));
    expect(walk(outcomePath(1, 1), "learning-outcome", 1, 10, alone)).toEqual([outcomePath(1, 2)]);
    expect(walk(lensPath(1, 1, 1), "module", 1, 1, alone)).toEqual([]);
  });
});

const GOLDEN = "fixtures/lens-content-processor/golden/actual-content/input";

describeWithShared("the validator's golden course", [GOLDEN], () => {
  const golden = new MosaicIndex();
  beforeAll(() => readVault(sharedPath(GOLDEN), golden));

  it("walks modules in the course's order, a module listed four times counting once in a row", () => {
    const steps: string[] = [];
    let at = "courses/default.md";
    for (let i = 0; i < 10; i++) {
      const step = stepFrom(golden, at, "module", 1);
      if (!step) break;
      steps.push(step.path);
      at = step.path;
    }
    expect(steps).toEqual(["modules/introduction.md", "modules/feedback-loops.md", "modules/coming-soon.md"]);
  });

  it("a lens reached through an outcome shows the outcome, module and course above it", () => {
    const m = sidebarModel(golden, "Lenses/Cascades and Cycles.md");
    if (m?.kind !== "lens") throw new Error("not a lens");
    expect(m.sources.map((s) => s.ref?.path)).toEqual(["articles/cascades-cycles-insight.md"]);
    expect(m.outcomes.map((o) => o.ref?.path)).toEqual(["Learning Outcomes/Feedback cycles create discontinuity.md"]);
    expect(m.modules.map((o) => o.ref?.path)).toEqual(["modules/feedback-loops.md"]);
    expect(m.courses.map((o) => o.ref?.path)).toEqual(["courses/default.md"]);
  });
});
