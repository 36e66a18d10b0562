// Notes addressing a question, grouped by relation in reading order (answers, addresses, informs, source, others, links).
import type { AddressRef } from "../model";

/** The relations a reader weighs first, strongest first; other relation fields follow by name, plain links last. */
export const RELATION_ORDER = ["answers", "addresses", "informs", "source"];
export const LINK_RELATION = "link";

export interface RelationGroup {
  relation: string;
  refs: AddressRef[];
}

function rank(relation: string): number {
  const known = RELATION_ORDER.indexOf(relation);
  if (known >= 0) return known;
  return relation === LINK_RELATION ? RELATION_ORDER.length + 1 : RELATION_ORDER.length;
}

function compareText(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}

/** Groups in reading order; inside a group by title, then path and line. */
export function groupByRelation(refs: readonly AddressRef[]): RelationGroup[] {
  const groups = new Map<string, AddressRef[]>();
  for (const ref of refs) {
    const list = groups.get(ref.relation);
    if (list) list.push(ref);
    else groups.set(ref.relation, [ref]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || compareText(a, b))
    .map(([relation, list]) => ({
      relation,
      refs: list.sort((a, b) => compareText(a.title, b.title) || compareText(a.path, b.path) || a.line - b.line),
    }));
}
