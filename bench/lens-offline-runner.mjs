// Runs a built Lens validator (lens-content-processor's dist/) like its CLI, minus the URL reachability step:
// reads the vault, runs processContent, prints the JSON result; exit status 1 when it reports errors.
// Usage: node bench/lens-offline-runner.mjs <content_processor/dist> <vault>
import path from "node:path";
import { pathToFileURL } from "node:url";

const [dist, vault] = process.argv.slice(2);
if (!dist || !vault) {
  console.error("usage: lens-offline-runner.mjs <dist> <vault>");
  process.exit(2);
}
const { readVaultFiles } = await import(pathToFileURL(path.join(dist, "fs", "read-vault.js")).href);
const { processContent } = await import(pathToFileURL(path.join(dist, "index.js")).href);
const result = processContent(await readVaultFiles(vault));
process.stdout.write(JSON.stringify(result, null, 2) + "\n");
process.exitCode = result.errors.some((e) => e.severity === "error") ? 1 : 0;
