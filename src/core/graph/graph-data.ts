// Builds the Mosaic graph (notes, questions, links) from the JSON export, plus local-mode and filter helpers.
import { isGap } from "../tree/counts";
import type { MosaicExport, NoteKind, TreeNode } from "../model";

export type GraphNodeKind = NoteKind | "question";

export const GRAPH_NODE_KINDS: readonly GraphNodeKind[] = [
  "problem",
  "question",
  "module",
  "learning-outcome",
  "lens",
  "course",
  "source",
  "other",
];

/** The relation of a tree edge between a question and its sub-question. */
export const SUBQUESTION = "subquestion";

export interface GraphNode {
  /** A note's vault path, or `${path}#${line}` for a question. */
  id: string;
  kind: GraphNodeKind;
  label: string;
  path: string;
  /** The question's line; null for a note. */
  line: number | null;
  /** A leaf question that no note addresses. */
  gap: boolean;
  /** Rolled-up address count (questions, problems) or number of questions addressed (other notes); sizes the node. */
  weight: number;
  /** Other names the note goes by (frontmatter `aliases`), for search. */
  aliases?: string[];
}

export interface GraphLink {
  source: string;
  target: string;
  relation: string;
}

export interface GraphData {
  nodes: GraphNode[];
  links: GraphLink[];
}

export interface GraphFilter {
  /** Kinds to show; null shows all. */
  kinds: ReadonlySet<GraphNodeKind> | null;
  /** Relations to show; null shows all. */
  relations: ReadonlySet<string> | null;
}

export function questionId(path: string, line: number): string {
  return `${path}#${line}`;
}

/** Graph data from an export: note and question nodes, tree, address and note-to-note links. */
export function buildGraphData(data: MosaicExport): GraphData {
  const nodes = new Map<string, GraphNode>();
  const links: GraphLink[] = [];
  const linkKeys = new Set<string>();
  // `${from}\n${notePath}\n${relation}` for every address link into a question living in notePath.
  const addressedNotes = new Set<string>();
  const addressedNotesAnyRelation = new Set<string>();

  const addLink = (source: string, target: string, relation: string): void => {
    if (source === target) return;
    const key = `${source}\n${target}\n${relation}`;
    if (linkKeys.has(key)) return;
    linkKeys.add(key);
    links.push({ source, target, relation });
  };

  for (const note of data.notes) {
    nodes.set(note.path, {
      id: note.path,
      kind: note.kind,
      label: note.title,
      path: note.path,
      line: null,
      gap: false,
      weight: 0,
      ...(note.aliases ? { aliases: note.aliases } : {}),
    });
  }

  const visitChildren = (parentId: string, node: TreeNode): void => {
    for (const child of node.children) {
      const id = questionId(child.path, child.line);
      if (!nodes.has(id)) {
        nodes.set(id, {
          id,
          kind: "question",
          label: child.text,
          path: child.path,
          line: child.line,
          gap: isGap(child),
          weight: child.addressedCount,
        });
      }
      addLink(parentId, id, SUBQUESTION);
      for (const ref of child.addressedBy) {
        if (!nodes.has(ref.path)) continue;
        addLink(ref.path, id, ref.relation);
        addressedNotes.add(`${ref.path}\n${child.path}\n${ref.relation}`);
        addressedNotesAnyRelation.add(`${ref.path}\n${child.path}`);
      }
      visitChildren(id, child);
    }
  };

  for (const problem of data.problems) {
    const rootId = problem.root.path;
    const root = nodes.get(rootId);
    if (!root) continue;
    root.weight = Math.max(root.weight, problem.root.addressedCount);
    for (const ref of problem.root.addressedBy) {
      if (nodes.has(ref.path)) addLink(ref.path, rootId, ref.relation);
    }
    visitChildren(rootId, problem.root);
  }

  for (const edge of data.edges) {
    if (edge.to === null || !nodes.has(edge.from) || !nodes.has(edge.to)) continue;
    // The same link is already drawn more precisely as an address link to one of the target's questions.
    if (addressedNotes.has(`${edge.from}\n${edge.to}\n${edge.relation}`)) continue;
    if (edge.relation === "link" && addressedNotesAnyRelation.has(`${edge.from}\n${edge.to}`)) continue;
    addLink(edge.from, edge.to, edge.relation);
  }

  for (const link of links) {
    const source = nodes.get(link.source);
    if (link.relation !== SUBQUESTION && source && source.kind !== "problem" && nodes.get(link.target)?.kind === "question") {
      source.weight += 1;
    }
  }

  return { nodes: [...nodes.values()], links };
}

/** Distinct relations in the data, `subquestion` first, then alphabetical. */
export function relationsOf(data: GraphData): string[] {
  const set = new Set(data.links.map((l) => l.relation));
  const rest = [...set].filter((r) => r !== SUBQUESTION).sort();
  return set.has(SUBQUESTION) ? [SUBQUESTION, ...rest] : rest;
}

/** Kinds present in the data, in legend order. */
export function kindsOf(data: GraphData): GraphNodeKind[] {
  const set = new Set(data.nodes.map((n) => n.kind));
  return GRAPH_NODE_KINDS.filter((k) => set.has(k));
}

/** Nodes of the given kinds and links of the given relations whose two ends are both kept. */
export function filterGraph(data: GraphData, filter: GraphFilter): GraphData {
  const nodes = filter.kinds ? data.nodes.filter((n) => filter.kinds?.has(n.kind)) : data.nodes;
  const ids = new Set(nodes.map((n) => n.id));
  const links = data.links.filter(
    (l) => ids.has(l.source) && ids.has(l.target) && (!filter.relations || filter.relations.has(l.relation)),
  );
  return { nodes, links };
}

/** The nodes within `depth` links of `nodeId` (links followed both ways) and the links among them. */
export function neighbourhood(data: GraphData, nodeId: string, depth: number): GraphData {
  const adjacency = new Map<string, string[]>();
  const push = (a: string, b: string): void => {
    const list = adjacency.get(a);
    if (list) list.push(b);
    else adjacency.set(a, [b]);
  };
  for (const l of data.links) {
    push(l.source, l.target);
    push(l.target, l.source);
  }
  if (!data.nodes.some((n) => n.id === nodeId)) return { nodes: [], links: [] };
  const seen = new Set<string>([nodeId]);
  let frontier = [nodeId];
  for (let d = 0; d < depth && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const other of adjacency.get(id) ?? []) {
        if (seen.has(other)) continue;
        seen.add(other);
        next.push(other);
      }
    }
    frontier = next;
  }
  return {
    nodes: data.nodes.filter((n) => seen.has(n.id)),
    links: data.links.filter((l) => seen.has(l.source) && seen.has(l.target)),
  };
}

/** A filter set after showing or hiding one value; null (everything) when all values are shown. */
export function toggledFilter<T>(current: ReadonlySet<T> | null, all: readonly T[], value: T, shown: boolean): Set<T> | null {
  const next = new Set(current ?? all);
  if (shown) next.add(value);
  else next.delete(value);
  return all.every((v) => next.has(v)) ? null : next;
}
