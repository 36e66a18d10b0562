// The note-level graph of parent::/up:: links: its cycles (reported once each) and the links inside them (not followed).
import type { Diagnostic } from "../model";
import { cmp } from "../index/edge-record";
import type { IndexData } from "../index/index-data";
import { stronglyConnected } from "../graph/strongly-connected";

export interface ParentGraph {
  /** `from\0to` pairs of parent links inside a cycle: never followed when hanging trees. */
  cut: Set<string>;
  diagnostics: Diagnostic[];
}

export function pairKey(from: string, to: string): string {
  return `${from}\u0000${to}`;
}

export function computeParentGraph(data: IndexData): ParentGraph {
  const adjacency = new Map<string, string[]>();
  for (const from of [...data.parentSources()].sort(cmp)) {
    const targets = new Set<string>();
    for (const { edge } of data.outgoing(from)) {
      if (data.isParent(edge.relation) && edge.to !== null && data.note(edge.to)) targets.add(edge.to);
    }
    if (targets.size > 0) adjacency.set(from, [...targets].sort(cmp));
  }
  const cut = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const component of stronglyConnected(adjacency)) {
    const members = new Set(component);
    const selfLoop = component.length === 1 && (adjacency.get(component[0]!) ?? []).includes(component[0]!);
    if (component.length < 2 && !selfLoop) continue;
    for (const from of component) {
      for (const to of adjacency.get(from) ?? []) if (members.has(to)) cut.add(pairKey(from, to));
    }
    const first = [...component].sort(cmp)[0]!;
    const edge = data
      .outgoing(first)
      .find((r) => data.isParent(r.edge.relation) && r.edge.to !== null && members.has(r.edge.to));
    diagnostics.push({
      file: first,
      line: edge ? edge.edge.line : null,
      severity: "error",
      code: "parent-cycle",
      message: `Parent links form a cycle: ${cycleText(first, adjacency, members)}`,
    });
  }
  return { cut, diagnostics };
}

/** One walk around the cycle from `start`, e.g. `A.md -> B.md -> A.md`. */
function cycleText(start: string, adjacency: Map<string, string[]>, members: Set<string>): string {
  const path = [start];
  const seen = new Set([start]);
  let current = start;
  for (;;) {
    const next = (adjacency.get(current) ?? []).find((to) => members.has(to));
    if (next === undefined) break;
    path.push(next);
    if (seen.has(next)) break;
    seen.add(next);
    current = next;
  }
  return path.join(" -> ");
}
