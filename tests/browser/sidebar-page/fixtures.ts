// Real-shaped SidebarModel fixtures: the seed thread's first answer as a problem tree, a Lens module, an outcome, a source.
import path from "node:path";
import type { AddressRef, Diagnostic, LensEntry, SidebarModel, TreeNode } from "../../../src/core/model";
import { readShared, SEEDS } from "../../helpers/shared";

export const PROBLEM_PATH = "Problems/Open problems in understanding agents.md";

/** Turns `  • text` lines (2 spaces per level, as in the seed thread) into TreeNodes under a root. */
export function treeFromOutline(notePath: string, title: string, lines: string[], firstLine = 1): TreeNode {
  const root: TreeNode = { text: title, anchor: null, path: notePath, line: 1, status: null, addressedBy: [], addressedCount: 0, children: [] };
  const stack: { depth: number; node: TreeNode }[] = [{ depth: -1, node: root }];
  lines.forEach((raw, i) => {
    const m = /^(\s*)(?:[•*-]\s+)(.*)$/.exec(raw);
    if (!m) return;
    const depth = Math.floor((m[1] ?? "").replace(/\t/g, "  ").length / 2);
    const node: TreeNode = {
      text: (m[2] ?? "").trim(),
      anchor: null,
      path: notePath,
      line: firstLine + i,
      status: null,
      addressedBy: [],
      addressedCount: 0,
      children: [],
    };
    while (stack.length > 1 && (stack[stack.length - 1]?.depth ?? -1) >= depth) stack.pop();
    stack[stack.length - 1]?.node.children.push(node);
    stack.push({ depth, node });
  });
  return root;
}

export function findNode(root: TreeNode, startsWith: string): TreeNode {
  const stack = [root];
  while (stack.length) {
    const node = stack.pop();
    if (!node) break;
    if (node.text.startsWith(startsWith)) return node;
    stack.push(...node.children);
  }
  throw new Error(`no node starting with ${startsWith}`);
}

/** Fills addressedCount (distinct notes on the node or below) and returns the coverage of leaves. */
export function finishTree(root: TreeNode): number {
  let leaves = 0;
  let covered = 0;
  const walk = (node: TreeNode): Set<string> => {
    const paths = new Set(node.addressedBy.map((a) => a.path));
    for (const c of node.children) for (const p of walk(c)) paths.add(p);
    node.addressedCount = paths.size;
    if (node.children.length === 0 && node !== root) {
      leaves++;
      if (node.addressedBy.length > 0) covered++;
    }
    return paths;
  };
  walk(root);
  return leaves === 0 ? 1 : covered / leaves;
}

function ref(notePath: string, relation: string, line: number, context: string): AddressRef {
  return { path: notePath, relation, line, title: path.basename(notePath, ".md"), context };
}

/** The first answer of the seed thread (open problems in understanding agents), four levels deep. */
export function seedOutlineLines(): string[] {
  const text = readShared(SEEDS.thread);
  const lines = text.split("\n");
  const start = lines.findIndex((l) => l.includes("• How does abstraction work?"));
  const out: string[] = [];
  for (let i = start; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (!/^\s+•/.test(line)) break;
    out.push(line.replace(/^ {2}/, "").replace(/•/, "-"));
  }
  return out;
}

export function problemModel(): SidebarModel {
  const root = treeFromOutline(PROBLEM_PATH, "Open problems in understanding agents", seedOutlineLines(), 8);
  const addressed: [question: string, notePath: string, relation: string, line: number, context: string][] = [
    ["... in simulations or toy models", "Sources/Natural Abstraction Hypothesis.md", "addresses", 12, "addresses:: [[Open problems in understanding agents#^q-sim]]"],
    ["... in simulations or toy models", "Sources/Selection theorems.md", "link", 31, "Toy models of abstraction are discussed in [[Open problems in understanding agents]] as well."],
    ["How is indexical uncertainty handled?", "Sources/Embedded agency.md", "informs", 7, "informs:: [[Open problems in understanding agents#^q-indexical]]"],
    ["What conditions allow us to make thermo-style arguments", "Sources/Generalized Heat Engine.md", "addresses", 5, "addresses:: [[Open problems in understanding agents#^q-thermo]]"],
    ["When and to what extent do mesa-optimizers show up?", "Sources/Risks from Learned Optimization.md", "addresses", 9, "addresses:: [[Open problems in understanding agents#^q-mesa-when]]"],
    ["How modular are trained neural nets?", "Sources/Selection theorems.md", "link", 44, "Modularity of trained nets: see [[Open problems in understanding agents#^q-modular-nets]]."],
  ];
  for (const [q, notePath, relation, line, context] of addressed) findNode(root, q).addressedBy.push(ref(notePath, relation, line, context));
  root.addressedBy.push(ref("Sources/Discovering agents.md", "informs", 4, "informs:: [[Open problems in understanding agents]]"));
  findNode(root, "How does abstraction work?").status = "partial";
  findNode(root, "When and to what extent do mesa-optimizers show up?").status = "answered";
  findNode(root, "How can we detect inner optimizers").status = "open";
  const coverage = finishTree(root);
  const diagnostics: Diagnostic[] = [
    {
      file: PROBLEM_PATH,
      line: 31,
      severity: "warning",
      code: "glued-question",
      message: "This line looks like a question glued to the list item above (missing “- ” marker).",
    },
  ];
  return {
    kind: "problem",
    note: { path: PROBLEM_PATH, title: "Open problems in understanding agents", kind: "problem" },
    problem: { path: PROBLEM_PATH, title: "Open problems in understanding agents", coverage, root },
    diagnostics,
  };
}

/** A lens note under Lenses/ named `title`, linked from line `line` of a module or outcome. */
function lensEntry(title: string, line: number, optional: boolean, sources: LensEntry["sources"]): LensEntry {
  return { ref: { path: `Lenses/${title}.md`, title, kind: "lens" }, target: `../Lenses/${title}`, line, optional, title, inline: false, sources };
}

/** The fundamental-difficulties outcome's first lens, as the module and the outcome both list it. */
const rocketLens = (): LensEntry =>
  lensEntry("The Rocket Alignment Problem", 9, false, [
    { ref: { path: "articles/rocket-alignment-problem.md", title: "The Rocket Alignment Problem (Yudkowsky)", kind: "source" }, target: "../articles/rocket-alignment-problem", line: 14, optional: false },
  ]);

/** The outcome's second (optional) lens, with the sources the caller shows. */
const hardByDefaultLens = (sources: LensEntry["sources"]): LensEntry => lensEntry("Why alignment is hard by default", 13, true, sources);

export function moduleModel(): SidebarModel {
  const modulePath = "modules/fundamental-difficulties.md";
  const lo = { path: "Learning Outcomes/Explain the fundamental difficulties of AI alignment.md", title: "Explain the fundamental difficulties of AI alignment", kind: "learning-outcome" as const };
  const questions = treeFromOutline(
    modulePath,
    "Fundamental Difficulties",
    [
      "- Why is it unrealistic to expect we can list all alignment challenges in advance, and what does this imply about the kind of theory we need?",
      "- What does the rocket science and cryptography analogy capture about alignment, and where does the analogy break?",
    ],
    22,
  );
  finishTree(questions);
  return {
    kind: "module",
    note: { path: modulePath, title: "Fundamental Difficulties", kind: "module" },
    courses: [{ ref: { path: "courses/alignment-mosaic.md", title: "Alignment Mosaic reading course", kind: "course" }, target: "../modules/fundamental-difficulties", line: 7, optional: false }],
    outcomes: [
      {
        ref: lo,
        target: "../Learning Outcomes/Explain the fundamental difficulties of AI alignment",
        line: 37,
        optional: true,
        title: "Explain the fundamental difficulties of AI alignment",
        sentence: "Explain why aligning AI is hard by default, and why we cannot list every challenge in advance",
        lenses: [
          rocketLens(),
          hardByDefaultLens([
            { ref: { path: "articles/agi-ruin-list-of-lethalities.md", title: "AGI Ruin: A List of Lethalities", kind: "source" }, target: "../articles/agi-ruin-list-of-lethalities", line: 18, optional: false },
            { ref: { path: "articles/sharp-left-turn.md", title: "A central AI alignment problem: capabilities generalization, and the sharp left turn", kind: "source" }, target: "../articles/sharp-left-turn", line: 22, optional: true },
            { ref: null, target: "../video_transcripts/robert-miles-instrumental-convergence", line: 26, optional: false },
          ]),
        ],
      },
      { ref: null, target: "../Learning Outcomes/Understand coordination failure", line: 41, optional: false, title: "Understand coordination failure", sentence: null, lenses: [] },
      // The seed module's second `# Learning Outcome:` has an empty `source::`.
      { ref: null, target: "", line: 44, optional: false, title: "", sentence: null, lenses: [] },
    ],
    lenses: [
      {
        ref: null,
        target: "",
        line: 45,
        optional: false,
        title: "Sharp left turn in a toy model",
        inline: true,
        sources: [{ ref: { path: "articles/sharp-left-turn.md", title: "A central AI alignment problem: capabilities generalization, and the sharp left turn", kind: "source" }, target: "../articles/sharp-left-turn", line: 49, optional: false }],
      },
    ],
    questions,
    diagnostics: [
      { file: modulePath, line: 41, severity: "error", code: "broken-link", message: "source:: [[../Learning Outcomes/Understand coordination failure]] does not resolve to a note" },
      { file: modulePath, line: 24, severity: "warning", code: "glued-question", message: "“Why do “alignment is hard” arguments feel alien…” looks like a question glued to the item above" },
      { file: modulePath, line: 44, severity: "error", code: "empty-link-field", message: "source:: is empty" },
    ],
  };
}

export function outcomeModel(): SidebarModel {
  const p = "Learning Outcomes/Explain the fundamental difficulties of AI alignment.md";
  return {
    kind: "learning-outcome",
    note: { path: p, title: "Explain the fundamental difficulties of AI alignment", kind: "learning-outcome" },
    outcome: "Explain why aligning AI is hard by default, and why we cannot list every challenge in advance",
    modules: [{ ref: { path: "modules/fundamental-difficulties.md", title: "Fundamental Difficulties", kind: "module" }, target: "modules/fundamental-difficulties", line: 37, optional: true }],
    lenses: [rocketLens(), hardByDefaultLens([])],
    tests: [{ ref: null, target: "", line: 17, optional: false }],
    diagnostics: [],
  };
}

export function sourceModel(): SidebarModel {
  const p = "Sources/Selection theorems.md";
  const problem = { path: PROBLEM_PATH, title: "Open problems in understanding agents", kind: "problem" as const };
  const mesa = { path: "Problems/Mesa-optimization detection.md", title: "Mesa-optimization detection", kind: "problem" as const };
  return {
    kind: "other",
    note: { path: p, title: "Selection theorems", kind: "source" },
    excerpts: [],
    addresses: [
      {
        problem,
        node: { text: "... in simulations or toy models (i.e. from an explicit low-level model)?", anchor: "^q-sim", path: PROBLEM_PATH, line: 11 },
        ancestors: ["How does abstraction work?", "How can we efficiently compute natural abstractions..."],
        relation: "link",
        line: 31,
        context: "Toy models of abstraction are discussed in [[Open problems in understanding agents]] as well.",
      },
      {
        problem,
        node: { text: "How modular are trained neural nets? Why, and to what extent will it generalize?", anchor: null, path: PROBLEM_PATH, line: 37 },
        ancestors: ["What's up with boundaries and modularity?"],
        relation: "addresses",
        line: 44,
        context: "addresses:: [[Open problems in understanding agents#^q-modular-nets]]",
      },
      {
        problem: mesa,
        node: { text: "Which selection pressures produce inner optimizers?", anchor: "^sel", path: mesa.path, line: 6 },
        ancestors: [],
        relation: "informs",
        line: 50,
        context: "informs:: [[Mesa-optimization detection#^sel]] (selection theorems constrain which agents arise)",
      },
    ],
    usedBy: [{ ref: { path: "modules/understanding-agents.md", title: "Understanding agents", kind: "module" }, relation: "source", line: 28 }],
    diagnostics: [],
  };
}

/** A synthetic problem of `top` × `mid` × `leaf` questions (plus their parents), for the lazy-rendering test. */
export function bigProblemModel(top: number, mid: number, leaf: number): SidebarModel {
  const p = "Problems/Big.md";
  let line = 2;
  const node = (text: string, children: TreeNode[] = []): TreeNode => ({
    text,
    anchor: null,
    path: p,
    line: line++,
    status: null,
    addressedBy: [],
    addressedCount: 0,
    children,
  });
  const root = node("Big");
  for (let t = 0; t < top; t++) {
    const a = node(`Top question ${t}`);
    root.children.push(a);
    for (let m = 0; m < mid; m++) {
      const b = node(`Question ${t}.${m}`);
      a.children.push(b);
      for (let l = 0; l < leaf; l++) b.children.push(node(`Leaf ${t}.${m}.${l}`));
    }
  }
  const coverage = finishTree(root);
  return { kind: "problem", note: { path: p, title: "Big", kind: "problem" }, problem: { path: p, title: "Big", coverage, root }, diagnostics: [] };
}
