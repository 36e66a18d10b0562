// The read floor: a Node process that only walks a vault and reads every note, as `mosaic check` must at least do.
// Usage: node bench/read-floor.mjs <vault>
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

let bytes = 0;
function walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full);
    else if (entry.name.endsWith(".md")) bytes += readFileSync(full, "utf8").length;
  }
}
walk(process.argv[2] ?? ".");
process.stdout.write(`${bytes}\n`);
