// The JSON export (DESIGN.md "The JSON export: a contract"): notes, edges, problem trees and diagnostics, deterministic.
import type { AddressRef, MosaicExport, ProblemTree, TreeNode } from "../model";
import type { IndexReader } from "../index/index-data";

export function exportJson(index: IndexReader): MosaicExport {
  return {
    version: 1,
    notes: index.notes(),
    edges: index.edges().map((e) => ({
      from: e.from,
      to: e.to,
      target: e.target,
      anchor: e.anchor,
      relation: e.relation,
      line: e.line,
      optional: e.optional,
    })),
    problems: index.problems().map(exportProblem),
    diagnostics: index.diagnostics().map((d) => ({
      file: d.file,
      line: d.line,
      severity: d.severity,
      code: d.code,
      message: d.message,
    })),
  };
}

/** The contract's `problems` entry for one tree: a deep copy in contract key order. */
export function exportProblem(tree: ProblemTree): ProblemTree {
  return { path: tree.path, title: tree.title, coverage: tree.coverage, root: exportNode(tree.root) };
}

/** A deep copy in contract key order; addressers keep the added `title` and `context` keys. */
function exportNode(node: TreeNode): TreeNode {
  return {
    text: node.text,
    anchor: node.anchor,
    path: node.path,
    line: node.line,
    status: node.status,
    addressedBy: node.addressedBy.map(
      (ref): AddressRef => ({ path: ref.path, relation: ref.relation, line: ref.line, title: ref.title, context: ref.context }),
    ),
    addressedCount: node.addressedCount,
    children: node.children.map(exportNode),
  };
}
