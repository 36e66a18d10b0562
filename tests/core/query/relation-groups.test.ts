// Addressing notes grouped by relation: answers, addresses, informs, source, other relation fields, then plain links.
/* global describe, it, expect -- jest globals; the eslint config does not declare them for tests/ */
import type { AddressRef } from "../../../src/core/model";
import { groupByRelation } from "../../../src/core/query/relation-groups";

const ref = (title: string, relation: string, line = 1): AddressRef => ({ path: `Sources/${title}.md`, relation, line, title, context: "" });

describe("groupByRelation", () => {
  it("orders groups answers, addresses, informs, source, other fields by name, links last; notes by title inside", () => {
    const refs = [
      ref("Zeta", "link"),
      ref("Embedded agency", "informs"),
      ref("selection theorems", "addresses"),
      ref("Alpha", "link"),
      ref("QACI", "source"),
      ref("Discovering agents", "addresses"),
      ref("Critique", "refutes"),
      ref("Cyborgism", "answers"),
      ref("Background", "builds-on"),
    ];
    expect(groupByRelation(refs).map((g) => [g.relation, g.refs.map((r) => r.title)])).toEqual([
      ["answers", ["Cyborgism"]],
      ["addresses", ["Discovering agents", "selection theorems"]],
      ["informs", ["Embedded agency"]],
      ["source", ["QACI"]],
      ["builds-on", ["Background"]],
      ["refutes", ["Critique"]],
      ["link", ["Alpha", "Zeta"]],
    ]);
  });

  it("keeps every reference once, and a note linking twice by line", () => {
    const refs = [ref("A", "addresses", 9), ref("A", "addresses", 3), ref("B", "link")];
    const groups = groupByRelation(refs);
    expect(groups.flatMap((g) => g.refs)).toHaveLength(3);
    expect(groups[0]!.refs.map((r) => r.line)).toEqual([3, 9]);
    expect(groupByRelation([])).toEqual([]);
  });
});
