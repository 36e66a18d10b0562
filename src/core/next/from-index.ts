// Turns the index's data into ranking input: source notes into documents, unaddressed questions into gaps.
import type { ParsedNote, ProblemTree, TreeNode } from "../model";
import { isEmptyBranch, isGap } from "../tree/counts";
import type { SourceDoc } from "./bm25";
import type { Gap } from "./suggest";
import { FIELD } from "../field-names";

const UNREAD_TAGS = new Set(["unread", "to-read", "toread", "reading-list"]);
const UNREAD_VALUES = new Set(["unread", "to-read", "toread", "false", "no"]);

/**
 * A source note as a document: frontmatter text values and body. It counts as unread when tagged `#unread`/
 * `#to-read`, or when a `read` or `status` field (inline or frontmatter) says `false`/`no`/`unread`/`to-read`.
 */
export function docFromNote(note: ParsedNote, text: string): SourceDoc {
  const body = text.split(/\r\n|\n|\r/).slice(note.frontmatterLines).join("\n");
  const front = note.frontmatter ? frontmatterText(note.frontmatter) : "";
  return { path: note.path, title: note.title, text: front === "" ? body : `${front}\n${body}`, unread: isUnread(note) };
}

function isUnread(note: ParsedNote): boolean {
  if (note.tags.some((t) => UNREAD_TAGS.has(t))) return true;
  const values: unknown[] = note.fields.filter((f) => f.key === FIELD.read || f.key === FIELD.status).map((f) => f.value);
  if (note.frontmatter) values.push(note.frontmatter[FIELD.read], note.frontmatter[FIELD.status]);
  return values.some((v) => (typeof v === "string" || typeof v === "boolean") && UNREAD_VALUES.has(String(v).trim().toLowerCase()));
}

function frontmatterText(fm: Record<string, unknown>): string {
  const out: string[] = [];
  for (const [key, value] of Object.entries(fm)) {
    if (key === "tags" || key === "tag" || key === "aliases") continue;
    if (typeof value === "string") out.push(value);
    else if (Array.isArray(value)) for (const v of value) if (typeof v === "string") out.push(v);
  }
  return out.join("\n");
}

/**
 * The gaps of the given problems (see `treeCounts`: leaf questions no note addresses directly); with
 * `leavesOnly: false`, branches with nothing addressed below them as well. A gap's id is `path#^block` where the node
 * has a block id, else `path:line`. Notes addressing an ancestor count as linked to the gap.
 */
export function gapsFromProblems(problems: readonly ProblemTree[], opts: { leavesOnly?: boolean } = {}): Gap[] {
  const leavesOnly = opts.leavesOnly ?? true;
  const gaps: Gap[] = [];
  interface Frame {
    node: TreeNode;
    ancestors: string[];
    linked: ReadonlySet<string>;
    isRoot: boolean;
  }
  // Depth first in document order, with an explicit stack: a deep tree must not exhaust the call stack.
  const stack: Frame[] = problems.map((p) => ({ node: p.root, ancestors: [], linked: new Set<string>(), isRoot: true })).reverse();
  for (let frame = stack.pop(); frame !== undefined; frame = stack.pop()) {
    const { node, ancestors, linked, isRoot } = frame;
    const here = new Set(linked);
    for (const a of node.addressedBy) here.add(a.path);
    here.add(node.path);
    if (!isRoot && (isGap(node) || (!leavesOnly && isEmptyBranch(node)))) {
      const id = node.anchor?.startsWith("^") ? `${node.path}#${node.anchor}` : `${node.path}:${node.line}`;
      gaps.push({ id, text: node.text, ancestors, linkedPaths: here });
    }
    const next = isRoot ? ancestors : [...ancestors, node.text];
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]!, ancestors: next, linked: here, isRoot: false });
  }
  return gaps;
}
