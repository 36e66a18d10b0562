// Runs the built CLI bundle as a real process, the way `npm start` and `npm run mosaic` do.
import process from "node:process";
import { spawnSync } from "node:child_process";
import { REPO_ROOT } from "./cli-harness";

describe("node scripts/run-cli.mjs (builds dist/mosaic.js, then runs it)", () => {
  it("check examples/alignment-mosaic: the seed module's diagnostics, a summary, exit 1", () => {
    const result = spawnSync(process.execPath, ["scripts/run-cli.mjs", "check", "examples/alignment-mosaic"], {
      cwd: REPO_ROOT,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
      timeout: 60000,
    });
    expect(result.stderr).toMatch(/^4 errors, 9 warnings in 32 notes\n$/m);
    expect(result.status).toBe(1);
    const lines = result.stdout.trim().split("\n");
    expect(lines).toHaveLength(13);
    expect(lines).toContainEqual(expect.stringMatching(/^modules\/fundamental-difficulties\.md:38: error: empty-link-field: /));
  });

  it("tree prints the problems with coverage and exits 0", () => {
    const result = spawnSync(process.execPath, ["dist/mosaic.js", "tree", "examples/alignment-mosaic", "--depth", "1"], {
      cwd: REPO_ROOT,
      encoding: "utf8",
      timeout: 30000,
    });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(/^Open problems in understanding agents {2}\[\d+\] {2}coverage \d+% /m);
  });

  it("a missing vault: one stderr line, exit 2, no stack trace", () => {
    const result = spawnSync(process.execPath, ["dist/mosaic.js", "check", "no/such/vault"], { cwd: REPO_ROOT, encoding: "utf8" });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe("mosaic: no such folder: no/such/vault\n");
  });
});
