// Lazily built question trees, cached per root note and dropped when a note they depend on changes.
import type { ProblemTree } from "../model";
import type { IndexData } from "../index/index-data";
import { buildTree, coverage } from "./build-tree";
import { computeParentGraph, type ParentGraph } from "./parent-graph";

export class TreeCache {
  private readonly trees = new Map<string, { tree: ProblemTree; members: Set<string> }>();
  /** member note -> roots of cached trees it belongs to. */
  private readonly memberOf = new Map<string, Set<string>>();
  private graph: ParentGraph | null = null;

  constructor(private readonly data: IndexData) {}

  parentGraph(): ParentGraph {
    this.graph ??= computeParentGraph(this.data);
    return this.graph;
  }

  get(path: string): ProblemTree | null {
    const cached = this.trees.get(path);
    if (cached) return cached.tree;
    const built = buildTree(this.data, path, this.parentGraph().cut);
    if (!built) return null;
    const note = this.data.note(path)!;
    const tree: ProblemTree = { path, title: note.title, coverage: coverage(built.root), root: built.root };
    this.trees.set(path, { tree, members: built.members });
    for (const member of built.members) {
      let roots = this.memberOf.get(member);
      if (!roots) {
        roots = new Set();
        this.memberOf.set(member, roots);
      }
      roots.add(path);
    }
    return tree;
  }

  /** Drops every cached tree containing one of these notes. */
  invalidate(paths: Iterable<string>): void {
    for (const path of paths) {
      const roots = this.memberOf.get(path);
      if (!roots) continue;
      for (const root of [...roots]) this.drop(root);
    }
  }

  /** The parent structure changed: cycles and every hanging may differ. */
  clear(): void {
    this.trees.clear();
    this.memberOf.clear();
    this.graph = null;
  }

  private drop(root: string): void {
    const cached = this.trees.get(root);
    if (!cached) return;
    this.trees.delete(root);
    for (const member of cached.members) {
      const roots = this.memberOf.get(member);
      roots?.delete(root);
      if (roots && roots.size === 0) this.memberOf.delete(member);
    }
  }
}
