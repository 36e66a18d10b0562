// Every question of every problem tree, with its ancestors, for the "link this note to a question" picker.
import type { NoteRef, ProblemTree, TreeNode } from "../model";
import type { IndexReader } from "../index/index-data";

/** One question anywhere in the vault, for the "link this note to a question" picker. */
export interface QuestionEntry {
  problem: NoteRef;
  node: TreeNode;
  /** Texts of the ancestors below the problem root, outermost first. */
  ancestors: string[];
}

/** Every question of every problem tree in the index. */
export function questionEntries(index: IndexReader): QuestionEntry[] {
  return listQuestions(index.problems(), (path) => index.noteRef(path));
}

export function listQuestions(problems: ProblemTree[], ref: (path: string) => NoteRef | null): QuestionEntry[] {
  const out: QuestionEntry[] = [];
  for (const tree of problems) {
    const problem = ref(tree.path);
    if (!problem) continue;
    walkBelowRoot(tree.root, (node, ancestors) => out.push({ problem, node, ancestors }));
  }
  return out;
}

/** Visits every node below the root, depth first in document order, with the texts of its ancestors below the root. */
export function walkBelowRoot(root: TreeNode, visit: (node: TreeNode, ancestors: string[]) => void): void {
  const walk = (node: TreeNode, ancestors: string[]): void => {
    visit(node, ancestors);
    const below = [...ancestors, node.text];
    for (const child of node.children) walk(child, below);
  };
  for (const child of root.children) walk(child, []);
}
