// A node's relations both ways, grouped and named for reading: what a paper addresses, what a module contains, ...
import { SUBQUESTION, type GraphData, type GraphNode, type GraphNodeKind } from "./graph-data";

export interface RelationGroup {
  /** "Addresses", "Addressed by", "Learning outcomes", "Used by lenses", ... */
  title: string;
  direction: "out" | "in";
  relation: string;
  nodes: GraphNode[];
}

const PLURAL: Record<GraphNodeKind, string> = {
  problem: "problems",
  question: "questions",
  module: "modules",
  "learning-outcome": "learning outcomes",
  lens: "lenses",
  course: "courses",
  source: "sources",
  other: "notes",
};

const LENS_KINDS: ReadonlySet<GraphNodeKind> = new Set(["course", "module", "learning-outcome", "lens"]);

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The heading of a group of links that leave `from` (out) or arrive at it (in), by relation and the other end's kind. */
export function groupTitle(direction: "out" | "in", relation: string, self: GraphNode, other: GraphNodeKind): string {
  if (relation === SUBQUESTION) return direction === "out" ? (self.kind === "problem" ? "Questions" : "Sub-questions") : "Under";
  if (relation === "parent") return direction === "out" ? "Hangs under" : "Problems hanging under it";
  if (relation === "link") return direction === "out" ? `Links to ${PLURAL[other]}` : `Linked from ${PLURAL[other]}`;
  const lens = direction === "out" ? LENS_KINDS.has(self.kind) : LENS_KINDS.has(other);
  if (lens && (relation === "source" || relation === "module")) {
    return direction === "out" ? capital(PLURAL[other]) : `Used by ${PLURAL[other]}`;
  }
  if (direction === "out") return `${capital(relation)} ${PLURAL[other]}`;
  const past = relation.endsWith("s") ? relation.slice(0, -1) : relation;
  return `${capital(past.endsWith("e") ? `${past}d` : `${past}ed`)} by ${PLURAL[other]}`;
}

/** Every link touching `id`, grouped by direction, relation and the other end's kind; outgoing first, then by title and label. */
export function nodeRelations(data: GraphData, id: string): RelationGroup[] {
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  const self = byId.get(id);
  if (!self) return [];
  const groups = new Map<string, RelationGroup>();
  const add = (direction: "out" | "in", relation: string, other: GraphNode): void => {
    const title = groupTitle(direction, relation, self, other.kind);
    const key = `${direction}\n${title}`;
    let group = groups.get(key);
    if (!group) {
      group = { title, direction, relation, nodes: [] };
      groups.set(key, group);
    }
    if (!group.nodes.includes(other)) group.nodes.push(other);
  };
  for (const l of data.links) {
    if (l.source === id) {
      const other = byId.get(l.target);
      if (other) add("out", l.relation, other);
    } else if (l.target === id) {
      const other = byId.get(l.source);
      if (other) add("in", l.relation, other);
    }
  }
  const groupList = [...groups.values()];
  for (const g of groupList) g.nodes.sort((a, b) => a.label.localeCompare(b.label));
  return groupList.sort((a, b) => (a.direction === b.direction ? a.title.localeCompare(b.title) : a.direction === "out" ? -1 : 1));
}
