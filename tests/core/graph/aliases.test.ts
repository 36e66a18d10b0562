// Frontmatter aliases travel from the note through the JSON export into the graph, where search finds them.
import { exportJson } from "../../../src/core/export/json";
import { fuzzyFind } from "../../../src/core/graph/fuzzy-find";
import { buildGraphData } from "../../../src/core/graph/graph-data";
import { indexOf } from "../index/helpers";

describe("aliases", () => {
  const index = indexOf({
    "Natural abstraction hypothesis.md": "---\ntags: [paper]\naliases: [NAH, \"natural abstractions\"]\n---\nText.\n",
    "Shard theory.md": "---\ntags: [post]\nalias: shards\n---\nText.\n",
    "Plain.md": "---\ntags: [post]\naliases: []\n---\nText.\n",
  });

  it("are in the export only for notes that have some, as a list", () => {
    const notes = exportJson(index).notes;
    expect(notes.find((n) => n.path === "Natural abstraction hypothesis.md")?.aliases).toEqual(["NAH", "natural abstractions"]);
    expect(notes.find((n) => n.path === "Shard theory.md")?.aliases).toEqual(["shards"]);
    expect(Object.keys(notes.find((n) => n.path === "Plain.md")!)).not.toContain("aliases");
  });

  it("let the graph's search find a note by another name", () => {
    const graph = buildGraphData(exportJson(index));
    expect(fuzzyFind(graph.nodes, "NAH")[0]?.node.id).toBe("Natural abstraction hypothesis.md");
    expect(fuzzyFind(graph.nodes, "shards")[0]?.node.id).toBe("Shard theory.md");
  });
});
