// Runs the built CLI bundle as a real process, the way `npm start` and `npm run mosaic` do.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import process from "node:process";
import { spawn, spawnSync } from "node:child_process";
import { makeVault, removeTempVaults, REPO_ROOT } from "./cli-harness";

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

describe("racing processes", () => {
  afterAll(removeTempVaults);

  it("6 pairs of `import --write` in separate processes: no line lost, every loser exits 2 with one line", async () => {
    const dir = makeVault({ "vault/Problems/Agents.md": "---\ntags: [problem]\n---\n- An existing question?\n" });
    const vault = path.join(dir, "vault");
    const cli = path.join(REPO_ROOT, "dist", "mosaic.js");
    const winners: string[] = [];
    let losers = 0;
    for (let pair = 0; pair < 6; pair++) {
      const questions = ["a", "b"].map((side) => `Question ${pair}${side}?`);
      const runs = questions.map((q, i) => {
        const file = path.join(dir, `in-${pair}-${i}.md`);
        writeFileSync(file, `- ${q}\n`);
        return runProcess(cli, ["import", file, "--into", "Problems/Agents.md", "--write", vault]);
      });
      (await Promise.all(runs)).forEach((result, i) => {
        if (result.code === 0) winners.push(questions[i] ?? "");
        else {
          losers++;
          expect(result.code).toBe(2);
          expect(result.stderr).toBe("mosaic: Problems/Agents.md changed since it was read; nothing written (run the import again)\n");
        }
      });
    }
    const lines = readFileSync(path.join(vault, "Problems", "Agents.md"), "utf8").split("\n");
    for (const question of winners) expect(lines).toContain(`- ${question}`);
    expect(lines.filter((l) => l.startsWith("- Question "))).toHaveLength(winners.length);
    expect(winners.length + losers).toBe(12);
    expect(readdirSync(path.join(vault, "Problems"))).toEqual(["Agents.md"]);
  }, 120000);
});

/** Runs node on `script` without blocking, so that two runs overlap. */
function runProcess(script: string, args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: REPO_ROOT, env: { ...process.env, NO_COLOR: "1" } });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("close", (code) => resolve({ code, stderr }));
  });
}
