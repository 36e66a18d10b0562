// Test helpers: an index built from a file map, a fresh-index comparison, and line lookups in note text.
import { MosaicIndex } from "../../../src/core/index/mosaic-index";
import type { TreeNode } from "../../../src/core/model";
import { exportJson } from "../../../src/core/export/json";

export type Files = Record<string, string>;

export function indexOf(files: Files): MosaicIndex {
  const index = new MosaicIndex();
  for (const path of Object.keys(files).sort()) index.setNote(path, files[path]!);
  return index;
}

/** The 1-based line of the first line containing `needle`. */
export function lineOf(text: string, needle: string): number {
  const i = text.split("\n").findIndex((line) => line.includes(needle));
  if (i < 0) throw new Error(`not found: ${needle}`);
  return i + 1;
}

export function findNode(root: TreeNode, predicate: (node: TreeNode) => boolean): TreeNode | undefined {
  if (predicate(root)) return root;
  for (const child of root.children) {
    const hit = findNode(child, predicate);
    if (hit) return hit;
  }
  return undefined;
}

export function byText(root: TreeNode, text: string): TreeNode {
  const node = findNode(root, (n) => n.text === text);
  if (!node) throw new Error(`no node ${text}`);
  return node;
}

export function exportText(index: MosaicIndex): string {
  return JSON.stringify(exportJson(index));
}
