// The read floor: a Node process that only walks a vault and reads every note, as `mosaic check` must at least do.
// Usage: node bench/read-floor.mjs <vault>
import { readFileSync } from "node:fs";
import { walkFiles } from "./walk-vault.mjs";

let bytes = 0;
walkFiles(process.argv[2] ?? ".", (full, name) => {
  if (name.endsWith(".md")) bytes += readFileSync(full, "utf8").length;
});
process.stdout.write(`${bytes}\n`);
