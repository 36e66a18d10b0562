// nodeRelations: a node's links both ways, grouped by direction, relation and the other end's kind, titled for reading.
import { buildGraphData } from "../../../src/core/graph/graph-data";
import { nodeRelations } from "../../../src/core/graph/node-relations";
import { MosaicIndex } from "../../../src/core/index/mosaic-index";
import { exportJson } from "../../../src/core/export/json";

function graphOf(files: Record<string, string>) {
  const index = new MosaicIndex();
  for (const [path, text] of Object.entries(files)) index.setNote(path, text);
  return buildGraphData(exportJson(index));
}

const files = {
  "Problems/Agents.md": "---\ntags: [problem]\n---\n- How does abstraction work? ^abstraction\n  - Why are biological systems modular? ^modular\n",
  "Papers/Natural abstractions.md": "---\ntags: [paper]\n---\naddresses:: [[Agents#^modular]]\ninforms:: [[Agents#^abstraction]]\n",
  "Papers/Modularity.md": "---\ntags: [paper]\n---\naddresses:: [[Agents#^modular]]\nSee [[Natural abstractions]].\n",
};

describe("nodeRelations", () => {
  const graph = graphOf(files);
  const question = (anchorText: string) => graph.nodes.find((n) => n.kind === "question" && n.label.startsWith(anchorText));

  it("lists what a paper addresses and informs, and what links to it", () => {
    const groups = nodeRelations(graph, "Papers/Natural abstractions.md");
    expect(groups.map((g) => [g.direction, g.title, g.nodes.map((n) => n.label)])).toEqual([
      ["out", "Addresses questions", ["Why are biological systems modular?"]],
      ["out", "Informs questions", ["How does abstraction work?"]],
      ["in", "Linked from sources", ["Modularity"]],
    ]);
  });

  it("lists a question's addressers, sub-questions and parent", () => {
    const modular = question("Why are biological");
    const abstraction = question("How does abstraction");
    if (!modular || !abstraction) throw new Error("questions missing");
    const titles = nodeRelations(graph, modular.id).map((g) => `${g.title}: ${g.nodes.map((n) => n.label).join(", ")}`);
    expect(titles).toEqual(["Addressed by sources: Modularity, Natural abstractions", "Under: How does abstraction work?"]);
    expect(nodeRelations(graph, abstraction.id).map((g) => g.title)).toEqual(["Sub-questions", "Informed by sources", "Under"]);
  });

  it("is empty for an unknown node", () => {
    expect(nodeRelations(graph, "nope.md")).toEqual([]);
  });
});
