// Properties of the graph helpers on random graphs: neighbourhoods nest and stay closed, filters keep links consistent.
import fc from "fast-check";
import { filterGraph, GRAPH_NODE_KINDS, neighbourhood, type GraphData, type GraphNodeKind } from "../../../src/core/graph/graph-data";

const graphArb: fc.Arbitrary<GraphData> = fc
  .record({
    kinds: fc.array(fc.constantFrom(...GRAPH_NODE_KINDS), { minLength: 1, maxLength: 30 }),
    pairs: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom("subquestion", "addresses", "link", "source")), { maxLength: 60 }),
  })
  .map(({ kinds, pairs }) => {
    const nodes = kinds.map((kind, i) => ({ id: `n${i}`, kind, label: `N${i}`, path: `n${i}.md`, line: null, gap: false, weight: 0 }));
    const links = pairs
      .map(([a, b, relation]) => ({ source: `n${a % nodes.length}`, target: `n${b % nodes.length}`, relation }))
      .filter((l) => l.source !== l.target);
    return { nodes, links };
  });

const closed = (g: GraphData): boolean => {
  const ids = new Set(g.nodes.map((n) => n.id));
  return g.links.every((l) => ids.has(l.source) && ids.has(l.target));
};

describe("graph helpers (properties)", () => {
  it("neighbourhoods hold their centre, grow with depth, and keep only links among their nodes", () => {
    fc.assert(
      fc.property(graphArb, fc.nat(), fc.integer({ min: 0, max: 4 }), (g, pick, depth) => {
        const centre = g.nodes[pick % g.nodes.length]?.id ?? "";
        const small = neighbourhood(g, centre, depth);
        const big = neighbourhood(g, centre, depth + 1);
        expect(small.nodes.some((n) => n.id === centre)).toBe(true);
        const bigIds = new Set(big.nodes.map((n) => n.id));
        expect(small.nodes.every((n) => bigIds.has(n.id))).toBe(true);
        expect(closed(small)).toBe(true);
        // Every link of the graph between two kept nodes is kept.
        const ids = new Set(small.nodes.map((n) => n.id));
        expect(small.links.length).toBe(g.links.filter((l) => ids.has(l.source) && ids.has(l.target)).length);
        // Depth 1 = the centre and exactly its direct neighbours.
        const direct = new Set([centre]);
        for (const l of g.links) {
          if (l.source === centre) direct.add(l.target);
          if (l.target === centre) direct.add(l.source);
        }
        expect(new Set(neighbourhood(g, centre, 1).nodes.map((n) => n.id))).toEqual(direct);
      }),
    );
  });

  it("filters keep exactly the chosen kinds and relations, with no dangling link", () => {
    fc.assert(
      fc.property(
        graphArb,
        fc.subarray([...GRAPH_NODE_KINDS]),
        fc.subarray(["subquestion", "addresses", "link", "source"]),
        (g, kinds, relations) => {
          const f = filterGraph(g, { kinds: new Set<GraphNodeKind>(kinds), relations: new Set(relations) });
          expect(f.nodes).toEqual(g.nodes.filter((n) => kinds.includes(n.kind)));
          expect(f.links.every((l) => relations.includes(l.relation))).toBe(true);
          expect(closed(f)).toBe(true);
        },
      ),
    );
  });
});
