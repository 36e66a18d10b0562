// The tree's keyboard model without a DOM: arrows, Left/Right, Enter and Mod+Enter, Space, Home/End and type-ahead.
/* global describe, it, expect -- jest globals; the eslint config does not declare them for tests/ */
import fc from "fast-check";
import { keyAction, parentIndex, typeAhead, type KeyInput, type KeyRow } from "../../../src/ui/sidebar/tree-keys";

function row(level: number, label: string, over: Partial<KeyRow> = {}): KeyRow {
  return { level, label, expandable: false, expanded: false, enter: "open", ...over };
}

/** A problem view as it shows: two questions, the first expanded with a relation group of two notes and a sub-question. */
const ROWS: KeyRow[] = [
  row(1, "How does abstraction work?", { expandable: true, expanded: true }),
  row(2, "Natural Abstraction Hypothesis"),
  row(2, "Selection theorems"),
  row(2, "How can we compute natural abstractions?", { expandable: true, expanded: false }),
  row(1, "What is an agent?", { expandable: true, expanded: false }),
  row(1, "Show 3 more", { enter: "action" }),
  row(1, "Diagnostics (2)", { expandable: true, expanded: true, enter: "none" }),
  row(2, "line 3 · warning"),
];

const key = (k: string, mod = false): KeyInput => ({ key: k, mod });

describe("keyAction", () => {
  it.each<[string, number, KeyInput, ReturnType<typeof keyAction>]>([
    ["Down moves to the next visible row, question or note", 0, key("ArrowDown"), { type: "focus", index: 1 }],
    ["Down on the last row stays", 7, key("ArrowDown"), { type: "none" }],
    ["Up moves to the row above", 3, key("ArrowUp"), { type: "focus", index: 2 }],
    ["Up on the first row stays", 0, key("ArrowUp"), { type: "none" }],
    ["Right on a collapsed row expands it", 3, key("ArrowRight"), { type: "expand", index: 3 }],
    ["Right on an expanded row moves to its first child", 0, key("ArrowRight"), { type: "focus", index: 1 }],
    ["Right on a leaf does nothing", 1, key("ArrowRight"), { type: "none" }],
    ["Left on an expanded row collapses it", 0, key("ArrowLeft"), { type: "collapse", index: 0 }],
    ["Left on a note moves to its question", 2, key("ArrowLeft"), { type: "focus", index: 0 }],
    ["Left on a collapsed child moves to its parent", 3, key("ArrowLeft"), { type: "focus", index: 0 }],
    ["Left on a collapsed top-level row does nothing", 4, key("ArrowLeft"), { type: "none" }],
    ["Enter opens", 1, key("Enter"), { type: "open", index: 1, newTab: false }],
    ["Mod+Enter opens in a new tab", 4, key("Enter", true), { type: "open", index: 4, newTab: true }],
    ["Enter on a row that opens nothing toggles it", 6, key("Enter"), { type: "toggle", index: 6 }],
    ["Enter on “Show more” runs it", 5, key("Enter"), { type: "action", index: 5 }],
    ["Space toggles", 0, key(" "), { type: "toggle", index: 0 }],
    ["Space on a leaf does nothing", 1, key(" "), { type: "none" }],
    ["Home goes to the first row", 5, key("Home"), { type: "focus", index: 0 }],
    ["End goes to the last row", 1, key("End"), { type: "focus", index: 7 }],
    ["a letter starts type-ahead", 0, key("w"), { type: "search", char: "w" }],
    ["Mod+a letter is left to the app", 0, key("f", true), { type: "none" }],
    ["Tab is left to the browser", 0, key("Tab"), { type: "none" }],
  ])("%s", (_name, current, input, expected) => {
    expect(keyAction(ROWS, current, input)).toEqual(expected);
  });

  it("from nowhere (no row focused yet), a move lands on the first row", () => {
    expect(keyAction(ROWS, -1, key("ArrowDown"))).toEqual({ type: "focus", index: 0 });
    expect(keyAction([], -1, key("ArrowDown"))).toEqual({ type: "none" });
  });

  it("Up and Down visit every row once, in order, and Left always reaches a top-level row", () => {
    const rowsArb = fc.array(fc.nat(3), { minLength: 1, maxLength: 30 }).map((levels) => {
      // Levels of a real tree: each row at most one deeper than the row above, the first at level 1.
      const out: KeyRow[] = [];
      for (const l of levels) out.push(row(Math.min(l + 1, (out[out.length - 1]?.level ?? 0) + 1), "x"));
      return out.map((r, i) => ({ ...r, expandable: (out[i + 1]?.level ?? 0) > r.level, expanded: (out[i + 1]?.level ?? 0) > r.level }));
    });
    fc.assert(
      fc.property(rowsArb, (rows) => {
        let at = 0;
        const seen = [0];
        for (;;) {
          const a = keyAction(rows, at, key("ArrowDown"));
          if (a.type !== "focus") break;
          at = a.index;
          seen.push(at);
        }
        expect(seen).toEqual(rows.map((_, i) => i));
        for (let i = 0; i < rows.length; i++) {
          let cur = i;
          for (let guard = 0; guard < 100; guard++) {
            const p = parentIndex(rows, cur);
            if (p === null) break;
            expect(rows[p]!.level).toBeLessThan(rows[cur]!.level);
            cur = p;
          }
          expect(rows[cur]!.level).toBe(1);
        }
      }),
    );
  });
});

describe("typeAhead", () => {
  it("jumps to the next row starting with the typed letter, wrapping, case-insensitively", () => {
    expect(typeAhead(ROWS, 0, "s")).toBe(2);
    expect(typeAhead(ROWS, 2, "s")).toBe(5);
    expect(typeAhead(ROWS, 5, "s")).toBe(2);
    expect(typeAhead(ROWS, 0, "W")).toBe(4);
  });

  it("narrows while more letters are typed, staying on the row that still matches", () => {
    expect(typeAhead(ROWS, 0, "h")).toBe(3);
    expect(typeAhead(ROWS, 3, "ho")).toBe(3);
    expect(typeAhead(ROWS, 3, "how d")).toBe(0);
  });

  it("cycles through rows with one repeated letter, and finds nothing for text no row starts with", () => {
    expect(typeAhead(ROWS, 2, "ss")).toBe(5);
    expect(typeAhead(ROWS, 0, "zq")).toBeNull();
    expect(typeAhead(ROWS, 0, "")).toBeNull();
  });
});
