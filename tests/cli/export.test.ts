// `mosaic export`: exactly index.export() as pretty JSON, --out, and unknown formats.
import { readFileSync } from "node:fs";
import * as path from "node:path";
import type { MosaicExport } from "../../src/core/model";
import { EXAMPLE_VAULT, makeVault, removeTempVaults, run } from "./cli-harness";

afterAll(removeTempVaults);

describe("mosaic export --format json", () => {
  it("prints the contract: version 1, notes, edges, problems, diagnostics, indented by 2 spaces", async () => {
    const result = await run(["export", "--format", "json", EXAMPLE_VAULT]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    const data = JSON.parse(result.stdout) as MosaicExport;
    expect(Object.keys(data)).toEqual(["version", "notes", "edges", "problems", "diagnostics"]);
    expect(data.version).toBe(1);
    expect(result.stdout).toBe(JSON.stringify(data, null, 2) + "\n");
    expect(data.notes).toHaveLength(32);
    expect(data.notes).toContainEqual({ path: "modules/fundamental-difficulties.md", kind: "module", title: "Fundamental Difficulties", id: "4a6836a1-9572-43da-9560-0bcaef788555" });
    expect(data.edges).toContainEqual(
      expect.objectContaining({ from: "Sources/Risks from Learned Optimization.md", to: "Problems/Open problems in understanding agents.md", anchor: "^mesa-optimization", relation: "addresses" }),
    );
    expect(data.edges).toContainEqual(expect.objectContaining({ from: "courses/alignment-mosaic.md", to: "modules/understanding-agents.md", relation: "module" }));
    expect(data.problems.length).toBeGreaterThanOrEqual(5);
    expect(data.diagnostics.filter((d) => d.severity === "error").map((d) => [d.code, d.line])).toEqual([
      ["unknown-section", 10],
      ["content-before-section", 11],
      ["unknown-section", 12],
      ["empty-link-field", 38],
    ]);
  });

  it("uses json when --format is left out, and --format=json works too", async () => {
    const plain = await run(["export", EXAMPLE_VAULT]);
    const eq = await run(["export", "--format=json", EXAMPLE_VAULT]);
    expect(plain.code).toBe(0);
    expect(eq.stdout).toBe(plain.stdout);
  });

  it("--out writes the same text to a file and says so on stderr", async () => {
    const outDir = makeVault();
    const out = path.join(outDir, "mosaic.json");
    const toFile = await run(["export", "--format", "json", "--out", out, EXAMPLE_VAULT]);
    const toStdout = await run(["export", "--format", "json", EXAMPLE_VAULT]);
    expect(toFile).toMatchObject({ code: 0, stdout: "" });
    expect(toFile.errLines).toEqual([`Wrote ${out}`]);
    expect(readFileSync(out, "utf8")).toBe(toStdout.stdout);
  });

  it("an empty vault exports empty lists", async () => {
    const result = await run(["export", makeVault()]);
    expect(JSON.parse(result.stdout)).toEqual({ version: 1, notes: [], edges: [], problems: [], diagnostics: [] });
  });
});

describe("unknown formats", () => {
  it("an unknown format names the ones that exist", async () => {
    const result = await run(["export", "--format", "xml", EXAMPLE_VAULT]);
    expect(result.code).toBe(2);
    expect(result.errLines).toEqual([expect.stringMatching(/^mosaic: unknown export format 'xml' \(use json, markdown, opml, html; /)]);
  });
});
