// The generated course vault that breaks each Lens rule once: each diagnostic once at its exact line, none when kept.
import { expectedDiagnostics, rulesVault, RULE_CASES } from "../../bench/lens-rules-vault";
import { MosaicIndex } from "../../src/core/index/mosaic-index";

function check(files: Record<string, string>): { code: string; file: string; line: number | null }[] {
  const index = new MosaicIndex();
  index.setNotes(Object.entries(files));
  return index.diagnostics().map((d) => ({ code: d.code, file: d.file, line: d.line }));
}

const order = (a: { file: string; line: number | null; code: string }, b: typeof a): number =>
  a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.code.localeCompare(b.code);

describe("a course vault that breaks each rule once", () => {
  it("gets each diagnostic once, at its exact line", () => {
    expect(check(rulesVault("broken")).sort(order)).toEqual(expectedDiagnostics().sort(order));
  });

  it("covers every case with a distinct code", () => {
    expect(new Set(RULE_CASES.map((c) => c.code)).size).toBe(RULE_CASES.length);
  });

  it("gets no diagnostic when every rule is kept", () => {
    expect(check(rulesVault("kept"))).toEqual([]);
  });
});
