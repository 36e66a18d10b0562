// The layout worker's functions run here in Node: structure-first seeds, finite settled positions, fixed nodes kept.
import fc from "fast-check";
import { syntheticGraph } from "../../../bench/synthetic-graph";
import type { GraphData } from "../../../src/core/graph/graph-data";
import { changedNodes, GraphScene } from "../../../src/ui/graph/graph-scene";
import { layoutInThread } from "../../../src/ui/graph/layout/layout-runner";

function laidOut(data: GraphData): GraphScene {
  const scene = new GraphScene(data);
  scene.applyLayout(layoutInThread(scene.layoutInput(new Map(), new Set(), 40)));
  return scene;
}

describe("graph layout", () => {
  it("places every node at a finite, distinct spot", () => {
    const scene = laidOut(syntheticGraph(400, 3));
    const spots = new Set(scene.nodes.map((n) => `${n.x.toFixed(3)},${n.y.toFixed(3)}`));
    expect(scene.nodes.every((n) => Number.isFinite(n.x) && Number.isFinite(n.y))).toBe(true);
    expect(spots.size).toBe(400);
  });

  it("keeps each problem's tree together: a question sits nearer its own problem than the other problems", () => {
    const data = syntheticGraph(300, 5);
    const scene = laidOut(data);
    const problems = scene.nodes.filter((n) => n.data.kind === "problem");
    let nearest = 0;
    let total = 0;
    for (const l of scene.links) {
      if (l.relation !== "subquestion" || l.source.data.kind !== "problem") continue;
      const d = (p: { x: number; y: number }): number => Math.hypot(p.x - l.target.x, p.y - l.target.y);
      const closest = problems.reduce((a, b) => (d(a) <= d(b) ? a : b));
      total++;
      if (closest === l.source) nearest++;
    }
    expect(nearest / total).toBeGreaterThan(0.8);
  });

  it("after an edit moves only the changed note's neighbourhood; pinned nodes never move", () => {
    const data = syntheticGraph(300, 9);
    const before = laidOut(data);
    const positions = before.positions();
    const pinned = data.nodes[200]?.id ?? "";
    positions.set(pinned, { ...(positions.get(pinned) ?? { x: 0, y: 0 }), pinned: true });
    const added = { id: "new/Note.md", kind: "source" as const, label: "New", path: "new/Note.md", line: null, gap: false, weight: 0 };
    const target = data.nodes[120]?.id ?? "";
    const next: GraphData = { nodes: [...data.nodes, added], links: [...data.links, { source: added.id, target, relation: "addresses" }] };
    const after = new GraphScene(next);
    const changed = changedNodes(before, after);
    expect([...changed].sort()).toEqual([target, added.id].sort());
    after.applyLayout(layoutInThread(after.layoutInput(positions, changed, 40)));
    const free = new Set([added.id, target, ...(after.neighbours.get(after.byId.get(target)!) ?? []).map((n) => n.id)]);
    for (const node of after.nodes) {
      if (free.has(node.id) && node.id !== pinned) continue;
      expect([node.id, node.x, node.y]).toEqual([node.id, positions.get(node.id)?.x, positions.get(node.id)?.y]);
    }
  });

  it("never produces NaN on random small graphs (duplicates, self-contained stars, isolated notes)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 1000 }), (n, seed) => {
        const scene = laidOut(syntheticGraph(n, seed));
        return scene.nodes.every((node) => Number.isFinite(node.x) && Number.isFinite(node.y));
      }),
      { numRuns: 15 },
    );
  });
});
