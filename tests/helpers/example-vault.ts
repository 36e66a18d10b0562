// Reads a vault folder (by default examples/alignment-mosaic) into a map of vault path -> text for tests.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export const EXAMPLES = path.join(__dirname, "..", "..", "examples", "alignment-mosaic");

/** Every file under the examples vault, path (vault-relative, `/`) -> text. */
export function exampleFiles(dir = EXAMPLES, prefix = ""): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith(".")) continue;
    const full = path.join(dir, name);
    const rel = prefix === "" ? name : `${prefix}/${name}`;
    if (statSync(full).isDirectory()) Object.assign(out, exampleFiles(full, rel));
    else out[rel] = readFileSync(full, "utf8");
  }
  return out;
}
