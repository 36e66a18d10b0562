// `mosaic check` beside the Lens validator on the generated rules vault: every diagnostic the validator gave
// (recorded once in bench/lens-rules-validator.json by bench/record-lens-rules.mjs) is matched by ours.
import record from "../../bench/lens-rules-validator.json";
import { rulesVault } from "../../bench/lens-rules-vault";
import { MosaicIndex } from "../../src/core/index/mosaic-index";
import { codesFor, findMatch, type ValidatorError } from "../../bench/lens-validator-match";

const index = new MosaicIndex();
index.setNotes(Object.entries(rulesVault("broken")));
const ours = index.diagnostics();
const theirs = (record.errors as { file: string; line: number | null; message: string; severity: string }[]).map(
  (e): ValidatorError => ({ file: e.file, message: e.message, severity: e.severity, ...(e.line === null || e.line === undefined ? {} : { line: e.line }) }),
);

describe("mosaic check beside the Lens validator on the rules vault", () => {
  it.each(theirs.map((e): [string, string, ValidatorError] => [`${e.file}:${e.line ?? "-"}`, e.message, e]))("matches %s %s", (_where, _message, error) => {
    expect(codesFor(error.message)).not.toEqual([]);
    expect(findMatch(ours, error, index)).toBeDefined();
  });
});
