// The scan floor: a Node process that reads every note, parses its YAML frontmatter, splits it into lines and counts
// the lines with links and fields, and parses every timestamps file: what any check of the vault must at least do,
// with no check at all. Usage: node bench/scan-floor.mjs <vault>
import { readFileSync } from "node:fs";
import matter from "gray-matter";
import { walkFiles } from "./walk-vault.mjs";

const yaml = matter.engines.yaml;
let links = 0;
let fields = 0;
let keys = 0;
walkFiles(process.argv[2] ?? ".", (full, name) => {
  if (name.endsWith(".md")) {
    const text = readFileSync(full, "utf8");
    const end = text.startsWith("---\n") ? text.indexOf("\n---", 4) : -1;
    if (end > 0) keys += Object.keys(yaml.parse(text.slice(4, end)) ?? {}).length;
    for (const line of text.split("\n")) {
      if (line.includes("[[")) links++;
      if (line.includes("::")) fields++;
    }
  } else if (name.endsWith(".timestamps.json")) JSON.parse(readFileSync(full, "utf8"));
});
process.stdout.write(`${links} ${fields} ${keys}\n`);
