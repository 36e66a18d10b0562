// Seeded generator of realistic benchmark vaults: problems with nested questions, paper/post notes addressing them,
// and Lens-format course content (modules, learning outcomes, lenses, articles, courses) in the Lens layout.
import { Buffer } from "node:buffer";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Rng } from "./prng";
import { capitalize, paragraph, question, sentence, slugify, title, words } from "./text";

/** Bump when the output changes, so cached vaults are regenerated. */
export const GENERATOR_VERSION = 1;

export type VaultMix = "full" | "lens";

export interface VaultSpec {
  notes: number;
  seed: number;
  /** `full`: 5% problems, 55% sources, 40% Lens content; `lens`: Lens content only. */
  mix?: VaultMix;
}

export interface GeneratedFile {
  path: string;
  text: string;
}

export type GeneratedKind = "problem" | "source" | "article" | "lens" | "learning-outcome" | "module" | "course";

/** A source note and the problem it addresses, for the one-note-changed benchmark. */
export interface UpdateProbe {
  source: string;
  problem: string;
  problemTitle: string;
  blockIds: string[];
}

export interface VaultSummary {
  counts: Record<GeneratedKind, number>;
  /** The biggest problem (500 questions when the vault has problems), for the sidebar benchmark. */
  bigProblem: string | null;
  probe: UpdateProbe | null;
}

interface ProblemInfo {
  path: string;
  title: string;
  blockIds: string[];
  headings: string[];
}

interface Excerpt {
  from: string;
  to: string;
}

interface ArticleInfo {
  slug: string;
  excerpts: Excerpt[];
}

/** How many notes of each kind a vault of `notes` notes holds (sums to `notes`). */
export function plannedCounts(spec: VaultSpec): Record<GeneratedKind, number> {
  const n = spec.notes;
  const full = (spec.mix ?? "full") === "full";
  const problem = full ? Math.max(1, Math.round(n * 0.05)) : 0;
  const source = full ? Math.round(n * 0.55) : 0;
  const lensTotal = n - problem - source;
  const course = Math.max(1, Math.round(lensTotal * 0.01));
  const modules = Math.max(1, Math.round(lensTotal * 0.09));
  const learningOutcome = Math.max(1, Math.round(lensTotal * 0.25));
  const lens = Math.max(1, Math.round(lensTotal * 0.35));
  const article = Math.max(1, lensTotal - course - modules - learningOutcome - lens);
  return { problem, source, article, lens, "learning-outcome": learningOutcome, module: modules, course };
}

/** Unique titles across the whole vault (case-insensitive), since links use bare note names. */
class NameBook {
  private used = new Set<string>();

  constructor(private rng: Rng) {}

  take(make: () => string): string {
    for (let attempt = 0; ; attempt++) {
      const base = make();
      const name = attempt < 4 ? base : `${base} ${attempt}`;
      if (!this.used.has(name.toLowerCase())) {
        this.used.add(name.toLowerCase());
        return name;
      }
    }
  }

  titled(min: number, max: number): string {
    return this.take(() => title(this.rng, min, max));
  }

  slug(min: number, max: number): string {
    return this.take(() => slugify(words(this.rng, this.rng.int(min, max))));
  }
}

export function frontmatter(fields: [string, string][]): string {
  return `---\n${fields.map(([k, v]) => `${k}: ${v}`).join("\n")}\n---\n`;
}

export function date(rng: Rng): string {
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${rng.int(2015, 2025)}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`;
}

/** A problem note with `questionCount` nested questions: depth up to 4, block ids on about half, some headings. */
function generateProblem(rng: Rng, names: NameBook, questionCount: number, parent: ProblemInfo | null): {
  file: GeneratedFile;
  info: ProblemInfo;
} {
  const name = names.titled(3, 7);
  const info: ProblemInfo = { path: `Problems/${name}.md`, title: name, blockIds: [], headings: [] };
  const lines: string[] = [];
  lines.push(frontmatter([["tags", rng.pick(["[problem]", "[open-problem]", "problem"])], ["posted", date(rng)]]));
  if (parent && parent.blockIds.length > 0) lines.push(`parent:: [[${parent.title}#^${rng.pick(parent.blockIds)}]]`, "");
  lines.push(paragraph(rng).text, "");
  const marker = rng.chance(0.7) ? "-" : "*";
  let depth = 0;
  for (let q = 0; q < questionCount; q++) {
    if (depth === 0 && (q === 0 || rng.chance(0.04))) {
      const heading = `${capitalize(words(rng, rng.int(2, 5)))} ${info.headings.length + 1}`;
      info.headings.push(heading);
      lines.push("", `## ${heading}`, "");
    }
    let text = question(rng);
    if (rng.chance(0.03)) text += rng.pick([" (status:: answered)", " [status:: partial]", " (status:: open)"]);
    if (rng.chance(0.5)) {
      const id = `q${q}-${words(rng, 1)}`;
      info.blockIds.push(id);
      text += ` ^${id}`;
    }
    lines.push(`${"  ".repeat(depth)}${marker} ${text}`);
    const r = rng.next();
    if (r < 0.4 && depth < 3) depth++;
    else if (r > 0.75 && depth > 0) depth = rng.int(0, depth - 1);
  }
  lines.push("");
  return { file: { path: info.path, text: lines.join("\n") }, info };
}

function link(problem: ProblemInfo, rng: Rng): string {
  if (problem.blockIds.length > 0 && rng.chance(0.85)) return `[[${problem.title}#^${rng.pick(problem.blockIds)}]]`;
  if (problem.headings.length > 0 && rng.chance(0.5)) return `[[${problem.title}#${rng.pick(problem.headings)}]]`;
  return `[[${problem.title}]]`;
}

/** A paper or post note: relation fields addressing questions, 300–1500 words, plain links and `[[1]]` markers. */
function generateSource(
  rng: Rng,
  name: string,
  folder: string,
  tag: string,
  problems: ProblemInfo[],
  sourceNames: string[],
): { file: GeneratedFile; addressed: ProblemInfo | null } {
  const lines: string[] = [];
  lines.push(frontmatter([["tags", `[${tag}]`], ["authors", title(rng, 2, 3)], ["year", String(rng.int(2015, 2025))]]));
  lines.push(`# ${name}`, "");
  let addressed: ProblemInfo | null = null;
  if (problems.length > 0 && rng.chance(0.85)) {
    addressed = rng.pick(problems);
    const targets = [link(addressed, rng)];
    const extra = rng.int(0, 3);
    for (let i = 0; i < extra; i++) targets.push(link(rng.pick(problems), rng));
    lines.push(`addresses:: ${targets.join(", ")}`);
    if (rng.chance(0.3)) lines.push(`informs:: [[${rng.pick(problems).title}]]`);
    lines.push("");
  }
  const target = rng.int(300, 1500);
  let count = 0;
  let citation = 1;
  while (count < target) {
    const p = paragraph(rng);
    let text = p.text;
    const roll = rng.next();
    if (roll < 0.08 && problems.length > 0) text += ` (addresses:: ${link(rng.pick(problems), rng)})`;
    else if (roll < 0.2 && sourceNames.length > 0) text += ` See also [[${rng.pick(sourceNames)}]].`;
    else if (roll < 0.26 && problems.length > 0) text += ` This bears on ${link(rng.pick(problems), rng)}.`;
    else if (roll < 0.4) text += ` [[${citation++}]]`;
    if (rng.chance(0.12)) lines.push(`## ${capitalize(words(rng, rng.int(1, 4)))}`, "");
    lines.push(text, "");
    count += p.words;
  }
  return { file: { path: `${folder}/${name}.md`, text: lines.join("\n") }, addressed };
}

/** The first candidate phrase that occurs exactly once in `lower` (the lower-cased article body). */
export function uniquePhrase(lower: string, candidates: string[]): string | null {
  for (const phrase of candidates) {
    const p = phrase.toLowerCase();
    const at = lower.indexOf(p);
    if (p.length >= 12 && at >= 0 && lower.indexOf(p, at + 1) < 0) return phrase;
  }
  return null;
}

function generateArticle(rng: Rng, slug: string): { file: GeneratedFile; info: ArticleInfo } {
  const name = title(rng, 3, 8);
  const paragraphs: string[] = [];
  const body: string[] = [];
  const target = rng.int(300, 1500);
  for (let count = 0; count < target; ) {
    if (rng.chance(0.15)) body.push(`## ${capitalize(words(rng, rng.int(1, 4)))}`, "");
    const p = paragraph(rng);
    paragraphs.push(p.text);
    body.push(p.text, "");
    count += p.words;
  }
  const text =
    frontmatter([
      ["title", JSON.stringify(name)],
      ["author", title(rng, 2, 3)],
      ["source_url", `https://example.org/articles/${slug}`],
      ["published", date(rng)],
    ]) +
    "\n" +
    body.join("\n");
  const lower = body.join("\n").toLowerCase();
  const excerpts: Excerpt[] = [];
  const pieces = rng.int(1, 2);
  const step = Math.max(1, Math.floor(paragraphs.length / pieces));
  for (let k = 0; k < pieces && k * step < paragraphs.length; k++) {
    const first = paragraphs[k * step] ?? "";
    const last = paragraphs[Math.min(paragraphs.length - 1, k * step + rng.int(0, 2))] ?? "";
    const fw = first.split(" ");
    const lw = last.split(" ");
    const from = uniquePhrase(lower, [fw.slice(0, 5).join(" "), fw.slice(0, 9).join(" "), first]);
    const to = uniquePhrase(lower, [lw.slice(-4).join(" "), lw.slice(-8).join(" "), last]);
    if (from && to && lower.indexOf(to.toLowerCase()) > lower.indexOf(from.toLowerCase())) excerpts.push({ from, to });
  }
  return { file: { path: `articles/${slug}.md`, text }, info: { slug, excerpts } };
}

function generateLens(rng: Rng, name: string, article: ArticleInfo): GeneratedFile {
  const fm: [string, string][] = [["id", rng.uuid()]];
  if (rng.chance(0.5)) fm.push(["title", JSON.stringify(name)]);
  if (rng.chance(0.3)) fm.push(["tldr", JSON.stringify(sentence(rng, 8, 20))]);
  const lines: string[] = [frontmatter(fm)];
  lines.push("#### Text", "content::", paragraph(rng).text, "");
  const ref = rng.chance(0.3) ? `![[../articles/${article.slug}]]` : `[[../articles/${article.slug}]]`;
  if (article.excerpts.length === 0) lines.push("#### Article", `source:: ${ref}`, "");
  article.excerpts.forEach((excerpt, i) => {
    lines.push("#### Article");
    if (i === 0) lines.push(`source:: ${ref}`);
    lines.push(`from:: "${excerpt.from}"`, `to:: "${excerpt.to}"`, "");
    if (rng.chance(0.5)) lines.push("#### Text", "content::", `${question(rng)} ${sentence(rng)}`, "");
  });
  if (rng.chance(0.6)) {
    lines.push("#### Chat", "instructions::", `TLDR of what the user just read: ${sentence(rng)}`, "");
    lines.push("Topics to explore:", `- ${question(rng)}`, `- ${question(rng)}`, "");
  }
  return { path: `Lenses/${name}.md`, text: lines.join("\n") };
}

function sourceLine(rng: Rng, target: string, name: string): string {
  const r = rng.next();
  if (r < 0.3) return `source:: ![[${target}]]`;
  if (r < 0.45) return `source:: [[${target}|${name}]]`;
  return `source:: [[${target}]]`;
}

function generateOutcome(rng: Rng, name: string, lenses: string[]): GeneratedFile {
  const lines: string[] = [frontmatter([["id", rng.uuid()], ["learning-outcome", JSON.stringify(sentence(rng, 6, 14))]])];
  if (rng.chance(0.3)) lines.push("## Test:", "#### Question", "content::", question(rng), "");
  for (const lens of lenses) {
    lines.push("## Lens:");
    if (rng.chance(0.2)) lines.push("optional:: true");
    lines.push(sourceLine(rng, `../Lenses/${lens}`, lens), "");
  }
  return { path: `Learning Outcomes/${name}.md`, text: lines.join("\n") };
}

function generateModule(rng: Rng, slug: string, outcomes: string[], lenses: string[]): GeneratedFile {
  const lines: string[] = [frontmatter([["slug", slug], ["title", JSON.stringify(capitalize(slug.replace(/-/g, " ")))], ["id", rng.uuid()]])];
  if (rng.chance(0.4)) {
    lines.push("# Lens: Welcome", `id:: ${rng.uuid()}`, "", "#### Text", "content::", paragraph(rng).text);
    if (rng.chance(0.5)) lines.push("", `- ${question(rng)}`, `  - ${question(rng)}`, `- ${question(rng)}`);
    lines.push("");
  }
  for (const outcome of outcomes) {
    lines.push("# Learning Outcome:", sourceLine(rng, `../Learning Outcomes/${outcome}`, outcome));
    if (rng.chance(0.15)) lines.push("optional:: true");
    lines.push("");
  }
  for (const lens of lenses) {
    lines.push("# Lens:", "optional:: true", sourceLine(rng, `../Lenses/${lens}`, lens), "");
  }
  return { path: `modules/${slug}.md`, text: lines.join("\n") };
}

function generateCourse(rng: Rng, slug: string, modules: string[]): GeneratedFile {
  const lines: string[] = [frontmatter([["id", rng.uuid()], ["slug", slug], ["title", JSON.stringify(capitalize(slug.replace(/-/g, " ")))]])];
  modules.forEach((module, i) => {
    lines.push(`# Module: [[../modules/${module}]]`, "");
    if (i % 2 === 1) lines.push(`# Meeting: Week ${(i + 1) / 2}`, "");
  });
  return { path: `courses/${slug}.md`, text: lines.join("\n") };
}

/** Splits `items` into `groups` consecutive runs, as even as possible (every item used exactly once). */
export function spread<T>(items: T[], groups: number): T[][] {
  const out: T[][] = [];
  for (let g = 0; g < groups; g++) {
    out.push(items.slice(Math.floor((g * items.length) / groups), Math.floor(((g + 1) * items.length) / groups)));
  }
  return out;
}

/**
 * The vault's files, in a fixed order, all drawn from one seeded stream: the same spec gives the same bytes.
 * `summary` is filled in as the files are produced (complete once the iterator is exhausted).
 */
export function* generateVault(spec: VaultSpec, summary?: VaultSummary): Generator<GeneratedFile> {
  const rng = new Rng(spec.seed);
  const names = new NameBook(rng);
  const counts = plannedCounts(spec);
  if (summary) {
    summary.counts = counts;
    summary.bigProblem = null;
    summary.probe = null;
  }

  const problems: ProblemInfo[] = [];
  for (let i = 0; i < counts.problem; i++) {
    const size = i === 0 ? 500 : 50 + Math.floor(450 * Math.pow(rng.next(), 2.5));
    const parent = i > 0 && rng.chance(0.05) ? rng.pick(problems) : null;
    const { file, info } = generateProblem(rng, names, size, parent);
    problems.push(info);
    if (summary && i === 0) summary.bigProblem = info.path;
    yield file;
  }

  const articles: ArticleInfo[] = [];
  for (let i = 0; i < counts.article; i++) {
    const { file, info } = generateArticle(rng, names.slug(2, 6));
    articles.push(info);
    yield file;
  }

  const lensNames: string[] = [];
  for (let i = 0; i < counts.lens; i++) {
    const name = names.titled(2, 6);
    lensNames.push(name);
    yield generateLens(rng, name, articles[i % articles.length] as ArticleInfo);
  }

  const outcomeNames: string[] = [];
  const lensGroups = spread(lensNames, counts["learning-outcome"]);
  for (let i = 0; i < counts["learning-outcome"]; i++) {
    const name = names.titled(3, 8);
    outcomeNames.push(name);
    const own = lensGroups[i] ?? [];
    yield generateOutcome(rng, name, own.length > 0 ? own : [rng.pick(lensNames)]);
  }

  const moduleSlugs: string[] = [];
  const outcomeGroups = spread(outcomeNames, counts.module);
  for (let i = 0; i < counts.module; i++) {
    const slug = names.slug(2, 4);
    moduleSlugs.push(slug);
    const own = outcomeGroups[i] ?? [];
    const direct = rng.chance(0.3) ? [rng.pick(lensNames)] : [];
    yield generateModule(rng, slug, own.length > 0 ? own : [rng.pick(outcomeNames)], direct);
  }

  const moduleGroups = spread(moduleSlugs, counts.course);
  for (let i = 0; i < counts.course; i++) {
    const own = moduleGroups[i] ?? [];
    yield generateCourse(rng, names.slug(1, 3), own.length > 0 ? own : [rng.pick(moduleSlugs)]);
  }

  const sourceNames: string[] = [];
  const sourceFolders: [string, string][] = [];
  for (let i = 0; i < counts.source; i++) {
    sourceNames.push(names.titled(3, 9));
    const tag = rng.chance(0.55) ? "paper" : "post";
    const folder = tag === "paper" ? `Papers/${rng.int(2015, 2025)}` : "Posts";
    sourceFolders.push([folder, tag]);
  }
  for (let i = 0; i < counts.source; i++) {
    const [folder, tag] = sourceFolders[i] as [string, string];
    const { file, addressed } = generateSource(rng, sourceNames[i] as string, folder, tag, problems, sourceNames);
    if (summary && !summary.probe && addressed && addressed.blockIds.length >= 2) {
      summary.probe = {
        source: file.path,
        problem: addressed.path,
        problemTitle: addressed.title,
        blockIds: addressed.blockIds.slice(0, 64),
      };
    }
    yield file;
  }
}

/** All files of a (small) vault in memory, with its summary. */
export function generateVaultFiles(spec: VaultSpec): { files: GeneratedFile[]; summary: VaultSummary } {
  const summary = {} as VaultSummary;
  const files = [...generateVault(spec, summary)];
  return { files, summary };
}

export interface VaultManifest extends VaultSummary {
  version: number;
  spec: Required<VaultSpec>;
  files: number;
  bytes: number;
  /** sha256 over every path and text, in generation order. */
  sha256: string;
}

export function vaultDirName(spec: VaultSpec): string {
  return `${(spec.mix ?? "full") === "lens" ? "lens-" : ""}${spec.notes}-${spec.seed}`;
}

/**
 * Writes the vault under `root/<name>/` unless a manifest of the same generator version says it is already there
 * (`root/<name>.json`, written last, so an interrupted generation is redone).
 */
export function ensureVault(root: string, spec: VaultSpec): { dir: string; manifest: VaultManifest; cached: boolean } {
  const full: Required<VaultSpec> = { notes: spec.notes, seed: spec.seed, mix: spec.mix ?? "full" };
  const dir = path.join(root, vaultDirName(full));
  const manifestPath = `${dir}.json`;
  if (existsSync(manifestPath) && existsSync(dir)) {
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as VaultManifest;
    if (manifest.version === GENERATOR_VERSION) return { dir, manifest, cached: true };
  }
  rmSync(dir, { recursive: true, force: true });
  rmSync(manifestPath, { force: true });
  const summary = {} as VaultSummary;
  const hash = createHash("sha256");
  const made = new Set<string>();
  let files = 0;
  let bytes = 0;
  for (const file of generateVault(full, summary)) {
    const target = path.join(dir, file.path);
    const folder = path.dirname(target);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(target, file.text);
    hash.update(file.path).update("\0").update(file.text).update("\0");
    files++;
    bytes += Buffer.byteLength(file.text);
  }
  const manifest: VaultManifest = { version: GENERATOR_VERSION, spec: full, files, bytes, sha256: hash.digest("hex"), ...summary };
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return { dir, manifest, cached: false };
}

/** sha256 of a generated file list, as `ensureVault` computes it. */
export function hashFiles(files: GeneratedFile[]): string {
  const hash = createHash("sha256");
  for (const file of files) hash.update(file.path).update("\0").update(file.text).update("\0");
  return hash.digest("hex");
}
