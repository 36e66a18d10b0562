// The note-level graph of parent::/up:: links: its cycles (reported once each) and the links inside them (not followed).
import type { Diagnostic } from "../model";
import { cmp } from "../index/edge-record";
import type { IndexData } from "../index/index-data";

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

/** Tarjan's algorithm, iterative so deep parent chains cannot overflow the stack. */
function stronglyConnected(adjacency: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const result: string[][] = [];
  let counter = 0;
  for (const start of adjacency.keys()) {
    if (index.has(start)) continue;
    const work: { node: string; next: number }[] = [{ node: start, next: 0 }];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const targets = adjacency.get(frame.node) ?? [];
      if (frame.next < targets.length) {
        const to = targets[frame.next++]!;
        if (!index.has(to)) {
          index.set(to, counter);
          low.set(to, counter++);
          stack.push(to);
          onStack.add(to);
          work.push({ node: to, next: 0 });
        } else if (onStack.has(to)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, index.get(to)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        result.push(component);
      }
    }
  }
  return result;
}
