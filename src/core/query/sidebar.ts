// What the sidebar shows for the active note: a problem's tree, a course's progression, a module's outcomes, a lens's
// segments and users, or what a note addresses.
import type { AddressedQuestion, LinkedNote, NoteRef, ParsedNote, SidebarModel, TreeNode } from "../model";
import { cmp, optionalFlag } from "../index/edge-record";
import type { IndexReader } from "../index/index-data";
import { normalizeHeading, parseAnchor } from "../resolve/anchors";
import { pairKey } from "../tree/parent-graph";
import { courseItems } from "./course-outline";
import { lensSections, linkedNote, moduleOutcomes, outcomeSentence, sourceLink } from "./lens-entries";
import { distinctSources, lensSegments } from "./lens-view";
import { coursesUsing, excerptsOf, modulesUsing, notesAbove } from "./used-by";

export function sidebarModel(index: IndexReader, path: string): SidebarModel | null {
  const note = index.note(path);
  if (!note) return null;
  const ref: NoteRef = note.tier === "production" ? { path, title: note.title, kind: note.kind } : { path, title: note.title, kind: note.kind, tier: note.tier };
  const diagnostics = index.diagnosticsFor(path);
  switch (note.kind) {
    case "problem": {
      const problem = index.problemTree(path);
      return problem ? { kind: "problem", note: ref, problem, diagnostics } : null;
    }
    case "course":
      return { kind: "course", note: ref, items: courseItems(index, note), diagnostics };
    case "module": {
      const tree = index.treeOf(path);
      return {
        kind: "module",
        note: ref,
        courses: coursesUsing(index, path),
        outcomes: moduleOutcomes(index, note),
        lenses: lensSections(index, note, false),
        questions: tree && tree.root.children.length > 0 ? tree.root : null,
        diagnostics,
      };
    }
    case "learning-outcome":
      return {
        kind: "learning-outcome",
        note: ref,
        outcome: outcomeSentence(note),
        modules: modulesUsing(index, path),
        lenses: lensSections(index, note, false),
        tests: tests(index, note),
        diagnostics,
      };
    case "lens": {
      const segments = lensSegments(index, note);
      return { kind: "lens", note: ref, segments, sources: distinctSources(segments), ...notesAbove(index, path), diagnostics };
    }
    default: {
      const excerpts = excerptsOf(index, path);
      const excerpting = new Set(excerpts.map((e) => e.lens.path));
      const users = usedBy(index, path).filter((u) => !excerpting.has(u.ref.path));
      return { kind: "other", note: ref, addresses: addressed(index, note), excerpts, usedBy: users, diagnostics };
    }
  }
}

function tests(index: IndexReader, note: ParsedNote): LinkedNote[] {
  const out: LinkedNote[] = [];
  note.sections.forEach((section, i) => {
    if (section.type !== "test") return;
    out.push(linkedNote(index, note, sourceLink(note, i), section.line, optionalFlag(note.sections, i)));
  });
  return out;
}

function usedBy(index: IndexReader, path: string): { ref: NoteRef; relation: string; line: number }[] {
  const out: { ref: NoteRef; relation: string; line: number }[] = [];
  for (const record of index.incoming(path)) {
    if (!record.lens || record.edge.from === path) continue;
    const ref = index.noteRef(record.edge.from);
    if (ref) out.push({ ref, relation: record.edge.relation, line: record.edge.line });
  }
  return out;
}

/** Each edge of the note into a node of a problem tree (or a module's questions) that counts it as an addresser. */
function addressed(index: IndexReader, note: ParsedNote): AddressedQuestion[] {
  const out: AddressedQuestion[] = [];
  for (const record of index.outgoing(note.path)) {
    const { edge } = record;
    if (edge.to === null || edge.to === note.path) continue;
    if (edge.relation !== "link" && !index.isRelation(edge.relation)) continue;
    for (const owner of owners(index, edge.to)) {
      const tree = index.treeOf(owner);
      const ownerRef = index.noteRef(owner);
      if (!tree || !ownerRef) continue;
      const isModule = ownerRef.kind === "module";
      for (const { node, ancestors } of nodesFor(tree.root, edge.to, edge.anchor)) {
        if (isModule && node === tree.root) continue;
        if (!node.addressedBy.some((a) => a.path === note.path && a.line === edge.line && a.relation === edge.relation)) {
          continue;
        }
        out.push({
          problem: ownerRef,
          node: { text: node.text, anchor: node.anchor, path: node.path, line: node.line },
          ancestors,
          relation: edge.relation,
          line: edge.line,
          context: record.context,
        });
      }
    }
  }
  return out;
}

/** Problem (and module) notes whose tree holds `path`: itself and the notes it hangs under, transitively. */
function owners(index: IndexReader, path: string): string[] {
  const cut = index.parentCut();
  const seen = new Set<string>([path]);
  const queue = [path];
  while (queue.length > 0) {
    const current = queue.shift()!;
    for (const { edge } of index.outgoing(current)) {
      if (!index.isParent(edge.relation) || edge.to === null || seen.has(edge.to)) continue;
      if (cut.has(pairKey(current, edge.to))) continue;
      seen.add(edge.to);
      queue.push(edge.to);
    }
  }
  return [...seen].filter((p) => {
    const kind = index.note(p)?.kind;
    return kind === "problem" || kind === "module";
  }).sort(cmp);
}

/** The nodes of `path` that a link with this anchor lands on (its root copy when the anchor matches nothing). */
function nodesFor(root: TreeNode, path: string, subpath: string | null): { node: TreeNode; ancestors: string[] }[] {
  const anchor = parseAnchor(subpath);
  const matches: { node: TreeNode; ancestors: string[] }[] = [];
  const roots: { node: TreeNode; ancestors: string[] }[] = [];
  const walk = (node: TreeNode, parent: TreeNode | null, ancestors: string[]): void => {
    if (node.path === path) {
      if (!parent || parent.path !== path) roots.push({ node, ancestors });
      else if (anchor && matchesAnchor(node, anchor)) matches.push({ node, ancestors });
    }
    const below = parent === null ? ancestors : [...ancestors, node.text];
    for (const child of node.children) walk(child, node, below);
  };
  walk(root, null, []);
  return anchor && matches.length > 0 ? matches : roots;
}

function matchesAnchor(node: TreeNode, anchor: NonNullable<ReturnType<typeof parseAnchor>>): boolean {
  if (node.anchor === null) return false;
  if (anchor.kind === "block") return node.anchor.toLowerCase() === `^${anchor.id}`;
  return !node.anchor.startsWith("^") && normalizeHeading(node.anchor) === anchor.text;
}
