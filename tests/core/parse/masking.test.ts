// Masking keeps every line and column while blanking code fences, inline code and comments; suggestions by column.
import { suggestionRanges } from "../../../src/core/parse/criticmarkup";
import { maskLines } from "../../../src/core/parse/masking";
import { splitLines } from "../../../src/core/parse/lines";

const show = (lines: string[]): string[] => lines.map((l) => l.replace(/ +$/, ""));

describe("maskLines", () => {
  it.each([
    ["inline code", ["a `b` c ``d ` e`` f"], ["a     c           f"]],
    ["an unmatched backtick stays text", ["a ` b"], ["a ` b"]],
    ["%% comments, also across lines", ["x %%y%% z %%w", "hidden", "end%% v"], ["x       z", "", "      v"]],
    ["HTML comments across lines", ["a <!-- b", "c --> d"], ["a", "      d"]],
    ["%% inside inline code is code", ["`%%` still visible"], ["     still visible"]],
    ["code inside a comment is comment", ["%% `x %% y`"], ["         y`"]],
    ["fences of any length and tildes", ["````", "```", "x", "````", "~~~ js", "y", "~~~", "z"], ["", "", "", "", "", "", "", "z"]],
    ["a fence inside a comment is not a fence", ["%%", "```", "%%", "after"], ["", "", "", "after"]],
    ["an unterminated fence runs to the end", ["a", "```", "b", "c"], ["a", "", "", ""]],
    ["frontmatter lines are blanked", ["---", "k: v", "---", "body"], ["", "", "", "body"]],
  ])("%s", (_name, input, expected) => {
    const from = input[0] === "---" ? 3 : 0;
    const masked = maskLines(input, from);
    expect(masked.map((l, i) => l.length === (input[i] ?? "").length)).toEqual(input.map(() => true));
    expect(show(masked)).toEqual(expected.map((l) => l.replace(/ +$/, "")));
  });
});

describe("splitLines", () => {
  it("splits LF, CRLF and CR, and drops a byte-order mark", () => {
    expect(splitLines("\uFEFFa\r\nb\nc\rd")).toEqual(["a", "b", "c", "d"]);
    expect(splitLines("")).toEqual([""]);
  });
});

describe("suggestionRanges", () => {
  it("covers insertions, deletions and substitutions by column, also across lines", () => {
    const ranges = suggestionRanges(["a {++b++} c {--d--}", "{~~x~>y", "z~~} w", "{==h==}{>>c<<}"]);
    expect(ranges[0]).toEqual([
      { start: 2, end: 5 },
      { start: 5, end: 9 },
      { start: 12, end: 15 },
      { start: 15, end: 19 },
    ]);
    expect(ranges[1]).toEqual([
      { start: 0, end: 3 },
      { start: 3, end: 7 },
    ]);
    expect(ranges[2]).toEqual([{ start: 0, end: 4 }]);
    expect(ranges[3]).toBeUndefined();
  });
});
