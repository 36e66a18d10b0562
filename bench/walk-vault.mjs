// Walks a vault folder as the floor scripts read it: every file below it, hidden folders and node_modules left out.
import { readdirSync } from "node:fs";
import path from "node:path";

/** Calls `visit(fullPath, name)` for every file below `dir`. */
export function walkFiles(dir, visit) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walkFiles(full, visit);
    else visit(full, entry.name);
  }
}
