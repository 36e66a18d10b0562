// Export -> import into an empty vault -> export again, through the CLI: the same bytes, for JSON, OPML and Markdown,
// on the thread's tree and on a generated 1,000-question tree with ids and statuses; a second import adds nothing.
import { readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { newProblemNote, parseMarkdownOutline, type OutlineNode } from "../../src/core/exchange";
import { describeWithShared, SEEDS } from "../helpers/shared";
import { WENTWORTH } from "../core/exchange/thread-fixture";
import { makeVault, removeTempVaults, run } from "./cli-harness";

const NOTE = "Problems/Understanding agents.md";
const FORMATS = [
  ["json", "tree.json"],
  ["opml", "tree.opml"],
  ["markdown", "tree.md"],
] as const;

/** Every third node gets a block id, every fourth a status, so that both travel at every depth. */
function decorate(roots: readonly OutlineNode[]): OutlineNode[] {
  let n = 0;
  const statuses = ["open", "partial", "answered"];
  const visit = (node: OutlineNode, depth: number): OutlineNode => {
    const i = n++;
    return {
      text: node.text,
      anchor: i % 3 === 0 ? `^q-${i}` : null,
      status: i % 4 === 1 ? (statuses[depth % 3] ?? "open") : null,
      children: node.children.map((c) => visit(c, depth + 1)),
    };
  };
  return roots.map((r) => visit(r, 0));
}

/** 10 top questions, 10 under each, 8 or 9 under each of those: 1,000 in all. */
function generatedTree(): OutlineNode[] {
  let left = 1000;
  const make = (text: string, children: OutlineNode[] = []): OutlineNode => {
    left--;
    return { text, anchor: null, status: null, children };
  };
  const roots: OutlineNode[] = [];
  for (let a = 1; a <= 10; a++) {
    const mids: OutlineNode[] = [];
    const top = make(`How does part ${a} of the problem work?`, mids);
    for (let b = 1; b <= 10; b++) {
      const leaves: OutlineNode[] = [];
      mids.push(make(`What decides case ${a}.${b}?`, leaves));
      const under = a * 10 + b <= 10 + 10 * 10 - 10 ? 9 : 8;
      for (let c = 1; c <= under && left > 0; c++) leaves.push(make(`Which evidence would settle ${a}.${b}.${c}?`));
    }
    roots.push(top);
  }
  return decorate(roots);
}

function countNodes(roots: readonly OutlineNode[]): number {
  return roots.reduce((n, r) => n + 1 + countNodes(r.children), 0);
}

async function exportVault(vault: string, format: string, file: string): Promise<string> {
  const out = path.join(vault, "..", `${path.basename(vault)}-${file}`);
  const result = await run(["export", "--format", format, "--out", out, vault]);
  expect(result.stderr).not.toMatch(/error/i);
  expect(result.code).toBe(0);
  return readFileSync(out, "utf8");
}

async function importInto(vault: string, file: string, text: string): Promise<{ code: number; stdout: string }> {
  const input = path.join(vault, "..", `${path.basename(vault)}-in-${file}`);
  writeFileSync(input, text);
  return run(["import", input, "--into", NOTE, "--write", vault]);
}

function roundTrips(name: string, roots: () => OutlineNode[]): void {
  describe(name, () => {
    afterAll(removeTempVaults);

    it.each(FORMATS)("%s: export, import into an empty vault, export again gives the same bytes; importing twice adds nothing", async (format, file) => {
      const source = makeVault({ [NOTE]: newProblemNote("Understanding agents", roots()) });
      const first = await exportVault(source, format, file);

      const empty = makeVault();
      const imported = await importInto(empty, file, first);
      expect(imported.code).toBe(0);
      const second = await exportVault(empty, format, file);
      expect(second).toBe(first);
      expect(readFileSync(path.join(empty, NOTE), "utf8")).toBe(readFileSync(path.join(source, NOTE), "utf8"));

      const again = await importInto(empty, file, second);
      expect(again.stdout).toContain(`, 0 added to ${NOTE}`);
      expect(await exportVault(empty, format, file)).toBe(first);
    });
  });
}

describe("the generated tree", () => {
  it("has 1,000 questions with ids and statuses", () => {
    const roots = generatedTree();
    expect(countNodes(roots)).toBe(1000);
    const flat = JSON.stringify(roots);
    expect(flat).toContain('"anchor":"^q-999"');
    expect(flat).toContain('"status":"answered"');
  });
});

roundTrips("a generated 1,000-question tree", generatedTree);

describeWithShared("the thread's tree", [SEEDS.thread], () => {
  const thread = (): OutlineNode[] => {
    const parsed = parseMarkdownOutline(WENTWORTH.join("\n"));
    if (!parsed.ok) throw new Error(parsed.error);
    return decorate(parsed.roots);
  };
  it("is the thread's 11/59/30 tree", () => {
    const roots = thread();
    expect(roots).toHaveLength(11);
    expect(roots.reduce((n, r) => n + r.children.length, 0)).toBe(59);
    expect(countNodes(roots)).toBe(100);
  });
  roundTrips("round trips", thread);
});
