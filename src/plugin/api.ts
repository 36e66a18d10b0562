// The plugin's public API (`app.plugins.plugins["alignment-mosaic"].api`) for Dataview JS, Templater and other plugins.
import type { MosaicIndex } from "../core/index/mosaic-index";
import type { AddressRef, ProblemTree, TreeNode } from "../core/model";
import type { NextReport } from "../core/next";
import { sidebarModel } from "../core/query/sidebar";
import { parseLinkReference } from "../core/parse/wikilinks";
import { nodeAnchorMatches } from "../core/resolve/anchors";

export type { AddressRef, ProblemTree, TreeNode } from "../core/model";
export type { NextGap, NextReport } from "../core/next";

/**
 * Everything returned is a fresh copy: changing it changes nothing in Mosaic. Paths are vault paths with `.md`.
 * Before the plugin has loaded its index, every method answers as for an empty vault (`[]`, `null`, no gaps).
 */
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
  /** The index, or null while the plugin has not loaded yet. */
  readyIndex(): MosaicIndex | null;
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

/** Splits `Note#^id` / `Note#Heading` (with or without `[[ ]]`) into the note and the anchor. */
export function splitLink(text: string): { path: string; anchor: string | null } {
  const { path, subpath } = parseLinkReference(text);
  return { path, anchor: subpath === null || subpath === "" ? null : subpath };
}

/** The node of `path` whose anchor is `anchor` (`^id`, `id` or a heading's text), by the rule links use. */
function findNode(root: TreeNode, path: string, anchor: string): TreeNode | null {
  const stack = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.path === path && nodeAnchorMatches(node.anchor, anchor)) return node;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as TreeNode);
  }
  return null;
}

export function createApi(host: ApiHost): MosaicApi {
  /** A vault path for what the caller wrote: the path itself when the index has it, else a link resolved from the root. */
  const notePath = (index: MosaicIndex, text: string): string | null => {
    const trimmed = splitLink(text).path;
    if (trimmed === "") return null;
    if (index.note(trimmed)) return trimmed;
    if (index.note(`${trimmed}.md`)) return `${trimmed}.md`;
    const resolved = host.resolveLink(trimmed, "");
    return resolved !== null && index.note(resolved) ? resolved : null;
  };

  const treeRoot = (index: MosaicIndex, path: string): TreeNode | null => {
    const problem = index.problemTree(path);
    if (problem) return problem.root;
    const model = sidebarModel(index, path);
    return model?.kind === "module" ? model.questions : null;
  };

  const noGaps = (): NextReport => ({ gaps: [], unread: [] });

  return {
    problems() {
      const index = host.readyIndex();
      return index ? copy(index.problems()) : [];
    },
    tree(path) {
      const index = host.readyIndex();
      const p = index ? notePath(index, path) : null;
      if (!index || p === null) return null;
      const problem = index.problemTree(p);
      if (problem) return copy(problem);
      const root = treeRoot(index, p);
      return root ? copy(root) : null;
    },
    addressers(pathOrLink, anchor) {
      const index = host.readyIndex();
      const link = splitLink(pathOrLink);
      const p = index ? notePath(index, link.path) : null;
      if (!index || p === null) return [];
      const root = treeRoot(index, p) ?? index.treeOf(p)?.root ?? null;
      if (!root) return [];
      const wanted = anchor ?? link.anchor;
      const node = wanted === null || wanted.trim() === "" ? root : findNode(root, p, wanted.trim());
      return node ? copy(node.addressedBy) : [];
    },
    coverage(path) {
      const index = host.readyIndex();
      const p = index ? notePath(index, path) : null;
      return index === null || p === null ? null : (index.problemTree(p)?.coverage ?? null);
    },
    next(path) {
      const index = host.readyIndex();
      if (!index) return noGaps();
      const p = path === undefined ? undefined : notePath(index, path);
      if (p === null) return noGaps();
      const report = host.nextReport(p);
      return report ? copy(report) : noGaps();
    },
    onChange: (cb) => host.onIndexChanged(cb),
  };
}
