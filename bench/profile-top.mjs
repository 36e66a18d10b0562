// Prints the top self-time functions of a V8 .cpuprofile (from `node --cpu-prof`): node bench/profile-top.mjs FILE [N]
import { readFileSync } from "node:fs";

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
const byFunction = new Map();
for (const node of profile.nodes) {
  const hits = selfSamples.get(node.id) ?? 0;
  if (hits === 0) continue;
  const f = node.callFrame;
  const where = f.url ? `${f.url.replace(/^.*\//, "")}:${f.lineNumber + 1}` : "";
  const key = `${f.functionName || "(anonymous)"} ${where}`.trim();
  byFunction.set(key, (byFunction.get(key) ?? 0) + hits);
}
const top = [...byFunction.entries()].sort((a, b) => b[1] - a[1]).slice(0, Number(count));
console.log(`total ${(total * interval).toFixed(0)} ms sampled`);
for (const [key, hits] of top) {
  console.log(`${((hits * interval) | 0).toString().padStart(7)} ms  ${((100 * hits) / total).toFixed(1).padStart(5)}%  ${key}`);
}
