// Ranking with a limit keeps the best few in the same order as the full ranking, on the example vault's gaps.
import { MosaicIndex } from "../../../src/core/index/mosaic-index";
import { corpusOf } from "../../../src/core/next/report";
import { gapsFromProblems } from "../../../src/core/next/from-index";
import { buildQuery, scoreAll } from "../../../src/core/next/bm25";
import { rankForGap } from "../../../src/core/next/suggest";
import { exampleFiles } from "../../helpers/example-vault";

const index = new MosaicIndex();
for (const [path, text] of Object.entries(exampleFiles())) if (path.endsWith(".md")) index.setNote(path, text);

describe("rankForGap with a limit", () => {
  const corpus = corpusOf(index);
  const gaps = gapsFromProblems(index.problems());

  it("has gaps with more matches than the limit to compare", () => {
    expect(gaps.some((g) => rankForGap(corpus, g, 0).length > 3)).toBe(true);
  });

  it.each([1, 3, 5])("keeps the first %i of the full ranking, at any score floor", (limit) => {
    for (const gap of gaps) {
      for (const floor of [0, 0.15]) expect(rankForGap(corpus, gap, floor, limit)).toEqual(rankForGap(corpus, gap, floor).slice(0, limit));
    }
  });

  it("scoring only the sources that can reach the floor finds exactly those of the full scoring at or above it", () => {
    for (const gap of gaps) {
      const query = buildQuery(gap.text, [...gap.ancestors].reverse());
      for (const floor of [0.15, 0.3, 0.6]) {
        expect(scoreAll(corpus, query, floor).filter((s) => s.score >= floor)).toEqual(scoreAll(corpus, query).filter((s) => s.score >= floor));
      }
    }
  });

  it("scores only sources sharing a word: a gap with no word in any source gets nothing", () => {
    const lonely = { id: "x", text: "Zyzzyva quuxification?", ancestors: [], linkedPaths: new Set<string>() };
    expect(rankForGap(corpus, lonely, 0)).toEqual([]);
  });
});
