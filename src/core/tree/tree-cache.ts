// Lazily built question trees, cached per root note: dropped when a note in them changes, patched in place when
// only an addressing note changed.
import type { ProblemTree } from "../model";
import type { IndexData } from "../index/index-data";
import { buildTree, coverage, patchAddresser, type LiveTree } from "./build-tree";
import { computeParentGraph, type ParentGraph } from "./parent-graph";

interface Entry {
  tree: ProblemTree;
  live: LiveTree;
}

export class TreeCache {
  private readonly trees = new Map<string, Entry>();
  /** member note -> roots of cached trees it belongs to. */
  private readonly memberOf = new Map<string, Set<string>>();
  private graph: ParentGraph | null = null;

  constructor(private readonly data: IndexData) {}

  parentGraph(): ParentGraph {
    this.graph ??= computeParentGraph(this.data);
    return this.graph;
  }

  /** The tree rooted at `path`. The object is shared with the cache: read it, do not change it. */
  get(path: string): ProblemTree | null {
    const cached = this.trees.get(path);
    if (cached) return cached.tree;
    const live = buildTree(this.data, path, this.parentGraph().cut);
    if (!live) return null;
    const note = this.data.note(path)!;
    const tree: ProblemTree = { path, title: note.title, coverage: coverage(live.root), root: live.root };
    this.trees.set(path, { tree, live });
    for (const member of live.members) {
      let roots = this.memberOf.get(member);
      if (!roots) {
        roots = new Set();
        this.memberOf.set(member, roots);
      }
      roots.add(path);
    }
    return tree;
  }

  /**
   * Note `path` changed (or was created or deleted) and its edges, before and after, led to `targets`. Trees holding
   * the note are dropped; trees it only addresses get its references swapped in place.
   */
  noteChanged(path: string, targets: Iterable<string>): void {
    for (const root of [...(this.memberOf.get(path) ?? [])]) this.drop(root);
    const patched = new Set<string>();
    for (const target of targets) {
      for (const root of this.memberOf.get(target) ?? []) {
        if (patched.has(root)) continue;
        patched.add(root);
        const entry = this.trees.get(root)!;
        patchAddresser(this.data, entry.live, path);
        entry.tree.coverage = coverage(entry.live.root);

      }
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
    for (const member of cached.live.members) {
      const roots = this.memberOf.get(member);
      roots?.delete(root);
      if (roots && roots.size === 0) this.memberOf.delete(member);
    }
  }
}
