// A seeded course vault with the proportions of a real Lens course (about 1,300 notes and 25 MB): 60 modules,
// 160 learning outcomes, 580 lenses, 390 long articles and 85 video transcripts averaging 160 KB.
import { Buffer } from "node:buffer";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { date, frontmatter, spread, uniquePhrase, type GeneratedFile } from "./generate-vault";
import { Rng } from "./prng";
import { capitalize, paragraph, question, sentence, slugify, title, words } from "./text";

/** Bump when the output changes, so a cached course vault is regenerated. */
export const COURSE_GENERATOR_VERSION = 1;

export const COURSE_COUNTS = { modules: 60, outcomes: 160, lenses: 580, articles: 390, transcripts: 85, courses: 2 };

export interface CourseManifest {
  version: number;
  seed: number;
  files: number;
  bytes: number;
  counts: typeof COURSE_COUNTS;
  sha256: string;
}

interface Excerpt {
  from: string;
  to: string;
}

interface Transcript {
  slug: string;
  /** Start times (`M:SS`) of the transcript's timestamp entries, in order. */
  starts: string[];
}

function clock(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(Math.floor(seconds % 60)).padStart(2, "0")}`;
}

/** Prose of about `bytes` characters, as paragraphs, with the article furniture real posts carry. */
function articleBody(rng: Rng, bytes: number, paragraphs: string[]): string {
  const out: string[] = [];
  let size = 0;
  while (size < bytes) {
    const roll = rng.next();
    let block: string;
    if (roll < 0.08) block = `## ${capitalize(words(rng, rng.int(2, 6)))}`;
    else if (roll < 0.13) block = Array.from({ length: rng.int(2, 6) }, () => `- ${sentence(rng, 4, 14)}`).join("\n");
    else if (roll < 0.16) block = `> ${paragraph(rng).text}`;
    else if (roll < 0.18) block = `![${words(rng, 3)}](https://example.org/images/${rng.int(1, 9999)}.png)`;
    else {
      const p = paragraph(rng).text;
      paragraphs.push(p);
      block = rng.chance(0.25) ? `${p} See [${words(rng, 2)}](https://example.org/${slugify(words(rng, 3))}).[^${rng.int(1, 40)}]` : p;
    }
    out.push(block, "");
    size += block.length + 2;
  }
  return out.join("\n");
}

function excerpts(rng: Rng, body: string, paragraphs: string[]): Excerpt[] {
  const lower = body.toLowerCase();
  const out: Excerpt[] = [];
  const pieces = rng.int(1, 3);
  const step = Math.max(1, Math.floor(paragraphs.length / pieces));
  for (let k = 0; k < pieces && k * step < paragraphs.length; k++) {
    const first = (paragraphs[k * step] ?? "").split(" ");
    const last = (paragraphs[Math.min(paragraphs.length - 1, k * step + rng.int(1, 6))] ?? "").split(" ");
    const from = uniquePhrase(lower, [first.slice(0, 5).join(" "), first.slice(0, 9).join(" ")]);
    const to = uniquePhrase(lower, [last.slice(-4).join(" "), last.slice(-8).join(" ")]);
    if (from && to && lower.indexOf(to.toLowerCase()) > lower.indexOf(from.toLowerCase())) out.push({ from, to });
  }
  return out;
}

function* articles(rng: Rng, slugs: string[], out: Map<string, Excerpt[]>): Generator<GeneratedFile> {
  for (const slug of slugs) {
    const paragraphs: string[] = [];
    // 8 MB over 390 articles: about 20 KB each, from short posts to long papers.
    const body = articleBody(rng, Math.round(4500 + 35000 * Math.pow(rng.next(), 1.5)), paragraphs);
    const fm = frontmatter([
      ["title", JSON.stringify(title(rng, 3, 8))],
      ["author", JSON.stringify(title(rng, 2, 3))],
      ["source_url", `https://example.org/articles/${slug}`],
      ["published", date(rng)],
    ]);
    out.set(slug, excerpts(rng, body, paragraphs));
    yield { path: `articles/${slug}.md`, text: `${fm}\n${body}` };
  }
}

function* transcripts(rng: Rng, slugs: string[], out: Transcript[]): Generator<GeneratedFile> {
  for (const slug of slugs) {
    // 14 MB over 85 transcripts: 160 KB on average, 60 to 300 KB.
    const target = Math.round(60000 + 240000 * rng.next() * rng.next() * 1.7);
    const lines: string[] = [];
    const stamps: { text: string; start: string }[] = [];
    let size = 0;
    let seconds = 0;
    while (size < target) {
      const p = paragraph(rng).text;
      for (const s of p.replace(/([.?]) /g, "$1\n").split("\n")) {
        stamps.push({ text: s.split(" ")[0] ?? "", start: `${clock(seconds)}.${String(rng.int(0, 99)).padStart(2, "0")}` });
        seconds += 2 + s.length / 15;
      }
      lines.push(p, "");
      size += p.length + 2;
    }
    const fm = frontmatter([
      ["title", JSON.stringify(title(rng, 3, 8))],
      ["channel", JSON.stringify(title(rng, 2, 4))],
      ["url", `"https://www.youtube.com/watch?v=${slug.slice(0, 11)}"`],
    ]);
    out.push({ slug, starts: stamps.map((s) => s.start.slice(0, s.start.indexOf("."))) });
    yield { path: `video_transcripts/${slug}.md`, text: `${fm}\n${lines.join("\n")}` };
    yield { path: `video_transcripts/${slug}.timestamps.json`, text: JSON.stringify(stamps, null, 2) };
  }
}

function lensText(rng: Rng, article: [string, Excerpt[]] | null, video: Transcript | null): string {
  const lines = [frontmatter(rng.chance(0.5) ? [["id", rng.uuid()], ["tldr", JSON.stringify(sentence(rng, 8, 20))]] : [["id", rng.uuid()]])];
  lines.push("#### Text", "content::", paragraph(rng).text, "");
  if (video) {
    const a = rng.int(0, Math.max(0, video.starts.length - 40));
    const b = Math.min(video.starts.length - 1, a + rng.int(10, 39));
    lines.push("#### Video", `source:: [[../video_transcripts/${video.slug}]]`, `from:: ${video.starts[a] ?? "0:00"}`, `to:: ${video.starts[b] ?? ""}`, "");
  }
  if (article) {
    const [slug, cuts] = article;
    lines.push("#### Article", `source:: [[../articles/${slug}]]`);
    cuts.forEach((cut, i) => {
      if (i > 0) lines.push("#### Article");
      lines.push(`from:: "${cut.from}"`, `to:: "${cut.to}"`, "");
      if (rng.chance(0.5)) lines.push("#### Text", "content::", `${question(rng)} ${sentence(rng)}`, "");
    });
    if (cuts.length === 0) lines.push("");
  }
  if (rng.chance(0.7)) {
    lines.push("#### Chat", "instructions::", `TLDR of what the user just read: ${paragraph(rng).text}`, "", "Topics to explore:");
    for (let i = rng.int(2, 5); i > 0; i--) lines.push(`- ${question(rng)}`);
    lines.push("");
  }
  return lines.join("\n");
}

function* lensNotes(rng: Rng, names: string[], articleCuts: Map<string, Excerpt[]>, videos: Transcript[]): Generator<GeneratedFile> {
  const cuts = [...articleCuts];
  for (let i = 0; i < names.length; i++) {
    const video = i < videos.length * 2 ? (videos[i % videos.length] ?? null) : null;
    const article = video && rng.chance(0.7) ? null : (cuts[i % cuts.length] ?? null);
    yield { path: `Lenses/${names[i]}.md`, text: lensText(rng, article, video) };
  }
}

/** Writes the course vault under `root/course-<seed>/` unless its manifest says it is there already. */
export function ensureCourseVault(root: string, seed: number): { dir: string; manifest: CourseManifest; cached: boolean } {
  const dir = path.join(root, `course-${seed}`);
  const manifestPath = `${dir}.json`;
  if (existsSync(manifestPath) && existsSync(dir)) {
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as CourseManifest;
    if (manifest.version === COURSE_GENERATOR_VERSION) return { dir, manifest, cached: true };
  }
  rmSync(dir, { recursive: true, force: true });
  const hash = createHash("sha256");
  let files = 0;
  let bytes = 0;
  for (const file of generateCourseVault(seed)) {
    const target = path.join(dir, file.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.text);
    hash.update(file.path).update("\0").update(file.text).update("\0");
    if (file.path.endsWith(".md")) files++;
    bytes += Buffer.byteLength(file.text);
  }
  const manifest: CourseManifest = { version: COURSE_GENERATOR_VERSION, seed, files, bytes, counts: COURSE_COUNTS, sha256: hash.digest("hex") };
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return { dir, manifest, cached: false };
}

/** Every file of the course vault (notes and the transcripts' timestamps.json), the same bytes for the same seed. */
export function* generateCourseVault(seed: number): Generator<GeneratedFile> {
  const rng = new Rng(seed);
  const used = new Set<string>();
  const unique = (make: () => string): string => {
    for (let n = 0; ; n++) {
      const name = n < 4 ? make() : `${make()} ${n}`;
      if (!used.has(name.toLowerCase())) {
        used.add(name.toLowerCase());
        return name;
      }
    }
  };
  const c = COURSE_COUNTS;
  const articleCuts = new Map<string, Excerpt[]>();
  yield* articles(rng, Array.from({ length: c.articles }, () => unique(() => slugify(words(rng, rng.int(3, 7))))), articleCuts);
  const videos: Transcript[] = [];
  yield* transcripts(rng, Array.from({ length: c.transcripts }, () => unique(() => slugify(words(rng, rng.int(3, 7))))), videos);
  const lensNames = Array.from({ length: c.lenses }, () => unique(() => title(rng, 2, 7)));
  yield* lensNotes(rng, lensNames, articleCuts, videos);
  const outcomeNames = Array.from({ length: c.outcomes }, () => unique(() => title(rng, 3, 9)));
  const lensGroups = spread(lensNames, c.outcomes);
  for (let i = 0; i < c.outcomes; i++) {
    const lines = [frontmatter([["id", rng.uuid()], ["learning-outcome", JSON.stringify(sentence(rng, 6, 14))]])];
    if (rng.chance(0.3)) lines.push("## Test:", "#### Question", "content::", question(rng), "");
    for (const lens of lensGroups[i] ?? []) lines.push("## Lens:", ...(rng.chance(0.2) ? ["optional:: true"] : []), `source:: [[../Lenses/${lens}]]`, "");
    yield { path: `Learning Outcomes/${outcomeNames[i]}.md`, text: lines.join("\n") };
  }
  const moduleSlugs = Array.from({ length: c.modules }, () => unique(() => slugify(words(rng, rng.int(2, 4)))));
  const outcomeGroups = spread(outcomeNames, c.modules);
  for (let i = 0; i < c.modules; i++) {
    const slug = moduleSlugs[i] ?? "";
    const lines = [frontmatter([["slug", slug], ["title", JSON.stringify(capitalize(slug.replace(/-/g, " ")))], ["id", rng.uuid()]])];
    if (rng.chance(0.5)) lines.push("# Lens: Welcome", `id:: ${rng.uuid()}`, "", "#### Text", "content::", paragraph(rng).text, "");
    for (const outcome of outcomeGroups[i] ?? []) lines.push("# Learning Outcome:", `source:: [[../Learning Outcomes/${outcome}]]`, "");
    yield { path: `modules/${slug}.md`, text: lines.join("\n") };
  }
  for (const [k, group] of spread(moduleSlugs, c.courses).entries()) {
    const lines = [frontmatter([["id", rng.uuid()], ["slug", `course-${k + 1}`], ["title", `"Course ${k + 1}"`]])];
    group.forEach((module, i) => lines.push(`# Module: [[../modules/${module}]]`, "", ...(i % 2 === 1 ? [`# Meeting: Week ${(i + 1) / 2}`, ""] : [])));
    yield { path: `courses/course-${k + 1}.md`, text: lines.join("\n") };
  }
}
