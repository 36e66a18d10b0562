// Records the Lens validator's diagnostics on the generated rules vault (bench/lens-rules-vault.ts) into
// bench/lens-rules-validator.json, which the tests compare `mosaic check` against (the validator is not in CI).
// Run by hand after changing the vault: LENS_VALIDATOR=<content_processor folder> node bench/record-lens-rules.mjs
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import esbuild from "esbuild";

const spec = process.env.LENS_VALIDATOR;
if (!spec) {
  console.error("record-lens-rules: set LENS_VALIDATOR to the validator's content_processor folder (or its dist/)");
  process.exit(2);
}
const dist = [spec, path.join(spec, "dist")].find((d) => existsSync(path.join(d, "index.js")));
if (!dist) {
  console.error(`record-lens-rules: no built validator (index.js) in ${spec} or its dist/`);
  process.exit(2);
}
mkdirSync("bench-output", { recursive: true });
const bundle = path.resolve("bench-output", "lens-rules-vault.mjs");
await esbuild.build({ entryPoints: ["bench/lens-rules-vault.ts"], bundle: true, platform: "node", format: "esm", outfile: bundle, logLevel: "warning" });
const { rulesVault } = await import(pathToFileURL(bundle).href);

const vault = mkdtempSync(path.join(os.tmpdir(), "lens-rules-"));
try {
  for (const [file, text] of Object.entries(rulesVault("broken"))) {
    mkdirSync(path.dirname(path.join(vault, file)), { recursive: true });
    writeFileSync(path.join(vault, file), text);
  }
  const run = spawnSync(process.execPath, ["bench/lens-offline-runner.mjs", path.resolve(dist), vault], { encoding: "utf8", maxBuffer: 64 << 20 });
  if (run.status !== 0 && run.status !== 1) throw new Error(`validator failed: ${run.stderr}`);
  const errors = JSON.parse(run.stdout).errors.map(({ file, line, message, severity }) => ({ file, line, message, severity }));
  errors.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.message.localeCompare(b.message));
  const record = { validator: "lens-content-processor (processContent, no URL checks)", vault: "bench/lens-rules-vault.ts, broken", errors };
  writeFileSync("bench/lens-rules-validator.json", JSON.stringify(record, null, 2) + "\n");
  console.log(`record-lens-rules: ${errors.length} diagnostics written to bench/lens-rules-validator.json`);
} finally {
  rmSync(vault, { recursive: true, force: true });
}
