// JSON: a problem as the contract's `problems` entry, and the reader of exports, problems and nodes.
import { parseJsonTree } from "../../../src/core/exchange/json";
import { exportProblem } from "../../../src/core/export/json";
import type { MosaicExport, ProblemTree, TreeNode } from "../../../src/core/model";

function node(text: string, children: TreeNode[] = [], extra: Partial<TreeNode> = {}): TreeNode {
  return { text, anchor: null, path: "P.md", line: 3, status: null, addressedBy: [], addressedCount: 0, children, ...extra };
}

const problem: ProblemTree = {
  path: "Problems/Agents.md",
  title: "Agents",
  coverage: 0.5,
  root: node("Agents", [
    node("How does abstraction work?", [node("leaf", [], { status: "open" })], {
      anchor: "^q-abs",
      addressedBy: [{ path: "S.md", relation: "addresses", line: 4, title: "S", context: "addresses:: [[Agents#^q-abs]]" }],
      addressedCount: 1,
    }),
  ]),
};

describe("exportProblem", () => {
  it("is a deep copy with the contract's keys in order", () => {
    const json = exportProblem(problem);
    expect(json).toEqual(problem);
    expect(json.root).not.toBe(problem.root);
    expect(Object.keys(json)).toEqual(["path", "title", "coverage", "root"]);
    expect(Object.keys(json.root)).toEqual(["text", "anchor", "path", "line", "status", "addressedBy", "addressedCount", "children"]);
  });
});

describe("parseJsonTree", () => {
  const questions = [
    { text: "How does abstraction work?", anchor: "^q-abs", status: null, children: [{ text: "leaf", anchor: null, status: "open", children: [] }] },
  ];
  const exported: MosaicExport = { version: 1, notes: [], edges: [], problems: [problem], diagnostics: [] };

  it.each([
    ["a whole export", exported],
    ["a problems object", { problems: [problem] }],
    ["one problem", problem],
  ])("reads %s", (_name, value) => {
    expect(parseJsonTree(JSON.stringify(value))).toEqual({ ok: true, title: "Agents", roots: questions });
  });

  it("reads a single node, and an array of nodes with missing optional keys", () => {
    expect(parseJsonTree(JSON.stringify(problem.root.children[0]))).toEqual({ ok: true, roots: questions });
    expect(parseJsonTree('[{"text":"a"},{"text":"b","children":[{"text":"c","status":"open"}]}]')).toEqual({
      ok: true,
      roots: [
        { text: "a", anchor: null, status: null, children: [] },
        { text: "b", anchor: null, status: null, children: [{ text: "c", anchor: null, status: "open", children: [] }] },
      ],
    });
  });

  it("gives one root per problem when there are several", () => {
    const result = parseJsonTree(JSON.stringify({ problems: [problem, { ...problem, title: "Other" }] }));
    expect(result).toEqual({
      ok: true,
      roots: [
        { text: "Agents", anchor: null, status: null, children: questions },
        { text: "Other", anchor: null, status: null, children: questions },
      ],
    });
  });

  it.each([
    ["", /Not valid JSON/],
    ["{", /Not valid JSON/],
    ["42", /Expected an object/],
    ['{"problems": 3}', /`problems` must be an array/],
    ['{"problems": [{"root": {"text": 1}}]}', /problems\[0\]\.root\.text must be a string/],
    ['{"root": {"text": "a", "children": {}}}', /problem\.root\.children must be an array/],
    ['{"text": "a", "anchor": 5}', /node\.anchor must be a string or null/],
    ['{"text": "a", "children": [null]}', /node\.children\[0\]: expected a question node object/],
    ['{"title": 4, "root": {"text": "a"}}', /problem\.title must be a string/],
  ])("rejects %j", (json, message) => {
    const result = parseJsonTree(json);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it("rejects absurd nesting without overflowing the stack", () => {
    const deep = `${'{"text":"a","children":['.repeat(3000)}${"]}".repeat(3000)}`;
    const result = parseJsonTree(deep);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/deeper than/);
  });
});

describe("parseJsonTree on deep nesting", () => {
  const nested = (levels: number): string => {
    let node = '{"text":"Level ' + levels + '?","children":[]}';
    for (let level = levels - 1; level >= 1; level--) node = `{"text":"Level ${level}?","children":[${node}]}`;
    return `{"title":"Deep","root":{"text":"Deep","children":[${node}]}}`;
  };

  it("reads a problem 500 levels deep, and refuses one deeper with one short line saying where", () => {
    const ok = parseJsonTree(nested(500));
    expect(ok.ok).toBe(true);
    let depth = 0;
    for (let n = ok.ok ? ok.roots[0] : undefined; n; n = n.children[0]) depth++;
    expect(depth).toBe(500);
    const refused = parseJsonTree(nested(501));
    expect(refused.ok).toBe(false);
    expect(refused.ok ? "" : refused.error).toMatch(/^problem\.root(\.children\[0\])+.*….*(\.children\[0\])+: nested deeper than 500 levels$/);
    expect((refused.ok ? "" : refused.error).length).toBeLessThan(200);
  });
});
