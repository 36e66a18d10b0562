// stripKeyFormatting without a lookbehind removes exactly what the earlier lookbehind regex removed.
import fc from "fast-check";
import { stripKeyFormatting } from "../../../src/core/parse/fields";

/** The earlier rule, kept here as the oracle: runs of marks, lone marks between non-letters, marks at either end. */
const withLookbehind = (raw: string): string =>
  raw.replace(/[*_~]{2,}|(?<![\p{L}\p{N}])[*_](?![\p{L}\p{N}])|^[*_]|[*_]$/gu, "").trim();

const pieces = ["*", "_", "~", "a", "Z", "é", "7", " ", "-", "𝐀", "🙂", "\ud835", "(", "::", "\u0301"];

describe("stripKeyFormatting", () => {
  it.each([
    ["**Key**", "Key"],
    ["__snake_case__", "snake_case"],
    ["*a* b", "a* b"],
    ["~~gone~~", "gone"],
    ["a ~ b", "a ~ b"],
    ["x * y", "x  y"],
    ["𝐀*𝐀", "𝐀*𝐀"],
    ["_lead", "lead"],
  ])("%j -> %j", (raw, stripped) => {
    expect(stripKeyFormatting(raw)).toBe(stripped);
  });

  it("agrees with the lookbehind regex on strings of marks, letters, digits, astral letters and lone surrogates", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const raw = parts.join("");
        expect(stripKeyFormatting(raw)).toBe(withLookbehind(raw));
      }),
      { numRuns: 3000 },
    );
  });
});
