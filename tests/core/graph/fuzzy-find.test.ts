// fuzzyFind: substring hits before scattered letters, word starts and shorter titles first, aliases count too.
import { fuzzyFind, matchScore } from "../../../src/core/graph/fuzzy-find";
import type { GraphNode } from "../../../src/core/graph/graph-data";

const node = (label: string, aliases?: string[]): GraphNode => ({
  id: `${label}.md`,
  kind: "module",
  label,
  path: `${label}.md`,
  line: null,
  gap: false,
  weight: 0,
  aliases,
});

const titles = [
  node("Fundamental Difficulties"),
  node("Open problems in understanding agents"),
  node("Agents"),
  node("Risks from Learned Optimization", ["mesa-optimizers"]),
  node("Stephen Fowler's questions"),
];

describe("fuzzyFind", () => {
  it.each([
    ["agents", ["Agents", "Open problems in understanding agents"]],
    ["fund diff", ["Fundamental Difficulties"]],
    ["FOWLER", ["Stephen Fowler's questions"]],
    ["mesa", ["Risks from Learned Optimization"]],
    ["rlo", ["Risks from Learned Optimization"]],
  ])("%s finds %j first", (query, expected) => {
    expect(fuzzyFind(titles, query).map((h) => h.node.label).slice(0, expected.length)).toEqual(expected);
  });

  it("finds nothing for an empty query or letters out of order", () => {
    expect(fuzzyFind(titles, "  ")).toEqual([]);
    expect(fuzzyFind(titles, "zzq")).toEqual([]);
  });

  it("scores a substring above the same letters scattered", () => {
    expect(matchScore("gent", "agents")).toBeGreaterThan(matchScore("gent", "go east now today"));
  });

  it("ignores accents and case", () => {
    expect(fuzzyFind([node("Émergence")], "emer").map((h) => h.node.label)).toEqual(["Émergence"]);
  });
});
