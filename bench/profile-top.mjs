// Prints the top self-time functions (and files) of a V8 .cpuprofile (from `node --cpu-prof`): node bench/profile-top.mjs FILE [N]
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const [file, count = "10"] = process.argv.slice(2);
if (!file) {
  console.error("usage: node bench/profile-top.mjs FILE.cpuprofile [N]");
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, "utf8"));
const selfSamples = new Map();
for (const sample of profile.samples) selfSamples.set(sample, (selfSamples.get(sample) ?? 0) + 1);
const total = profile.samples.length;
const interval = (profile.endTime - profile.startTime) / 1000 / total;
// In an esbuild bundle each module starts with a `// src/...` comment: name the source file of a bundle line.
const sourceMaps = new Map();
function sourceOf(url, line) {
  if (!url.startsWith("file://")) return null;
  if (!sourceMaps.has(url)) {
    const file = fileURLToPath(url);
    const starts = [];
    if (existsSync(file)) {
      readFileSync(file, "utf8").split("\n").forEach((text, i) => {
        const m = /^\/\/ ((src|bench|node_modules)\/\S+)$/.exec(text);
        if (m) starts.push([i + 1, m[1]]);
      });
    }
    sourceMaps.set(url, starts);
  }
  let found = null;
  for (const [start, name] of sourceMaps.get(url)) if (start <= line) found = name;
  return found;
}
const byFunction = new Map();
const byFile = new Map();
for (const node of profile.nodes) {
  const hits = selfSamples.get(node.id) ?? 0;
  if (hits === 0) continue;
  const f = node.callFrame;
  const where = f.url ? (sourceOf(f.url, f.lineNumber + 1) ?? `${f.url.replace(/^.*\//, "")}:${f.lineNumber + 1}`) : "";
  const key = `${f.functionName || "(anonymous)"} ${where}`.trim();
  byFunction.set(key, (byFunction.get(key) ?? 0) + hits);
  const file = where.replace(/:\d+$/, "") || key;
  byFile.set(file, (byFile.get(file) ?? 0) + hits);
}
const print = (title, map) => {
  console.log(title);
  for (const [key, hits] of [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, Number(count))) {
    console.log(`${((hits * interval) | 0).toString().padStart(7)} ms  ${((100 * hits) / total).toFixed(1).padStart(5)}%  ${key}`);
  }
};
console.log(`total ${(total * interval).toFixed(0)} ms sampled`);
print("self time by function:", byFunction);
print("self time by file:", byFile);
