// The plugin's public API (`app.plugins.plugins["alignment-mosaic"].api`) for Dataview JS, Templater and other plugins.
import type { MosaicIndex } from "../core/index/mosaic-index";
import type { AddressRef, ProblemTree, TreeNode } from "../core/model";
import type { NextReport } from "./suggestions";

export type { AddressRef, ProblemTree, TreeNode } from "../core/model";
export type { NextGap, NextReport } from "./suggestions";

/** Everything returned is a fresh copy: changing it changes nothing in Mosaic. Paths are vault paths with `.md`. */
export interface MosaicApi {
  /** Every problem note's question tree, with coverage (0..1), in path order. */
  problems(): ProblemTree[];
  /** A problem's tree, or a module's own question tree (its root node); null for any other note. Links resolve. */
  tree(path: string): ProblemTree | TreeNode | null;
  /**
   * The notes that address a node: `("Problems/P.md", "^q-1")`, `"Problems/P.md#^q-1"`, or a link such as
   * `"P#^q-1"` or `"P#Heading"`. Without an anchor: the notes addressing the problem as a whole.
   */
  addressers(pathOrLink: string, anchor?: string): AddressRef[];
  /** A problem's coverage, 0..1; null when the note is not a problem. */
  coverage(path: string): number | null;
  /** Unaddressed questions with the source notes that may answer them, and unread sources ranked by gaps filled. */
  next(path?: string): NextReport;
  /** Calls `cb` after each batch of index changes; returns the function that stops it. */
  onChange(cb: () => void): () => void;
}

export interface ApiHost {
  readonly index: MosaicIndex;
  onIndexChanged(cb: () => void): () => void;
  /** Obsidian's link resolution (from the vault root when no source note is given). */
  resolveLink(linkpath: string, sourcePath: string): string | null;
  /** Reading suggestions of one problem (or all), null when `path` is not a problem. */
  nextReport(path: string | undefined): NextReport | null;
}

/** Deep copy of plain data (trees, refs): structuredClone where the runtime has it. */
function copy<T>(value: T): T {
  return typeof structuredClone === "function" ? structuredClone(value) : (JSON.parse(JSON.stringify(value)) as T);
}

/** Splits `Note#^id` / `Note#Heading` at the first `#`. */
export function splitLink(text: string): { path: string; anchor: string | null } {
  const inner = text.trim().replace(/^!?\[\[/, "").replace(/\]\]$/, "").split("|")[0] ?? "";
  const hash = inner.indexOf("#");
  if (hash < 0) return { path: inner.trim(), anchor: null };
  const anchor = inner.slice(hash + 1).trim();
  return { path: inner.slice(0, hash).trim(), anchor: anchor === "" ? null : anchor };
}

/** The node of `path` whose anchor is `anchor` (`^id`, `id` or a heading's text), case-insensitive. */
function findNode(root: TreeNode, path: string, anchor: string): TreeNode | null {
  const wanted = anchor.toLowerCase();
  const asBlock = wanted.startsWith("^") ? wanted : `^${wanted}`;
  const stack = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    const a = node.anchor?.toLowerCase() ?? null;
    if (node.path === path && (a === wanted || a === asBlock)) return node;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as TreeNode);
  }
  return null;
}

export function createApi(host: ApiHost): MosaicApi {
  /** A vault path for what the caller wrote: the path itself when the index has it, else a link resolved from the root. */
  const notePath = (text: string): string | null => {
    const trimmed = splitLink(text).path;
    if (trimmed === "") return null;
    if (host.index.getNote(trimmed)) return trimmed;
    if (host.index.getNote(`${trimmed}.md`)) return `${trimmed}.md`;
    const resolved = host.resolveLink(trimmed, "");
    return resolved !== null && host.index.getNote(resolved) ? resolved : null;
  };

  const treeRoot = (path: string): TreeNode | null => {
    const problem = host.index.problemTree(path);
    if (problem) return problem.root;
    const model = host.index.sidebar(path);
    return model?.kind === "module" ? model.questions : null;
  };

  return {
    problems: () => copy(host.index.problems()),
    tree(path) {
      const p = notePath(path);
      if (p === null) return null;
      const problem = host.index.problemTree(p);
      if (problem) return copy(problem);
      const root = treeRoot(p);
      return root ? copy(root) : null;
    },
    addressers(pathOrLink, anchor) {
      const link = splitLink(pathOrLink);
      const p = notePath(link.path);
      if (p === null) return [];
      const root = treeRoot(p) ?? host.index.treeOf(p)?.root ?? null;
      if (!root) return [];
      const wanted = anchor ?? link.anchor;
      const node = wanted === null || wanted.trim() === "" ? root : findNode(root, p, wanted.trim());
      return node ? copy(node.addressedBy) : [];
    },
    coverage(path) {
      const p = notePath(path);
      return p === null ? null : (host.index.problemTree(p)?.coverage ?? null);
    },
    next(path) {
      if (path === undefined) return host.nextReport(undefined) ?? { gaps: [], unread: [] };
      const p = notePath(path);
      return (p === null ? null : host.nextReport(p)) ?? { gaps: [], unread: [] };
    },
    onChange: (cb) => host.onIndexChanged(cb),
  };
}
