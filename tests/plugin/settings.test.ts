// Loading saved settings: defaults, migration of older shapes, and bad hand-edited data.
import { DEFAULT_SETTINGS } from "../../src/core/model";
import { DEFAULT_PLUGIN_SETTINGS, migrateSettings, SETTINGS_VERSION } from "../../src/plugin/settings";
import { isIndexedPath } from "../../src/core/index/indexed-files";
import { summaryText, progressText } from "../../src/plugin/status-text";

describe("migrateSettings", () => {
  it.each([
    ["nothing saved", null],
    ["an empty object", {}],
    ["not an object", "garbage"],
    ["an array", [1, 2]],
  ])("%s gives the defaults", (_name, saved) => {
    expect(migrateSettings(saved)).toEqual(DEFAULT_PLUGIN_SETTINGS);
  });

  it("keeps saved values and fills new keys with defaults", () => {
    const s = migrateSettings({ version: 1, relationFields: ["addresses", "cites"], showDiagnostics: false });
    expect(s.relationFields).toEqual(["addresses", "cites"]);
    expect(s.showDiagnostics).toBe(false);
    expect(s.parentFields).toEqual(DEFAULT_SETTINGS.parentFields);
    expect(s.kindTags).toEqual(DEFAULT_SETTINGS.kindTags);
  });

  it("upgrades an unversioned draft: `fields` becomes relationFields, comma strings become lists", () => {
    const s = migrateSettings({ fields: "addresses, answers", excludeFolders: "Templates, Archive", kindTags: { problem: "#Problem, open-problem" } });
    expect(s.version).toBe(SETTINGS_VERSION);
    expect(s.relationFields).toEqual(["addresses", "answers"]);
    expect(s.excludeFolders).toEqual(["Templates", "Archive"]);
    expect(s.kindTags.problem).toEqual(["problem", "open-problem"]);
    expect(s.kindTags.module).toEqual(["module"]);
    expect("fields" in s).toBe(false);
  });

  it("drops values of the wrong type", () => {
    const s = migrateSettings({ version: 1, showAddressers: "yes", includeFolders: [1, "A", null] });
    expect(s.showAddressers).toBe(true);
    expect(s.includeFolders).toEqual(["A"]);
  });

  it("never shares the defaults' arrays", () => {
    const s = migrateSettings(null);
    s.kindTags.problem.push("x");
    expect(DEFAULT_SETTINGS.kindTags.problem).not.toContain("x");
  });
});

describe("status text and indexing rules", () => {
  it("formats progress with thousands separators", () => {
    expect(progressText(1200, 4000)).toBe("Mosaic: indexing 1,200/4,000");
  });
  it("is hidden without problems", () => {
    expect(summaryText([])).toBeNull();
  });
  it.each([
    ["a.md", {}, true],
    ["a.canvas", {}, false],
    ["A/a.md", { includeFolders: ["A/"] }, true],
    ["AB/a.md", { includeFolders: ["A"] }, false],
    ["T/x/a.md", { excludeFolders: ["T"] }, false],
    ["a.MD", {}, true],
  ])("%s with %j indexed: %s", (p, patch, expected) => {
    expect(isIndexedPath(p, { ...DEFAULT_SETTINGS, ...patch })).toBe(expected);
  });
});
