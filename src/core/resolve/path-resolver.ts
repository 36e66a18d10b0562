// The core's link resolver: Obsidian's rules (relative, vault-absolute, then shortest matching path), case-insensitive, `.md` optional.
import { basename, dirname, isRelativeLink, joinRelative, linkKey, stripMd } from "./paths";

/** Turns a link path written in `fromPath` into a vault path; Obsidian's rules in the core, Obsidian's own resolver in the plugin. */
export interface LinkResolver {
  resolve(linkpath: string, fromPath: string): string | null;
}

export class PathResolver implements LinkResolver {
  /** lower-case path -> path as stored. */
  private readonly byLowerPath = new Map<string, string>();
  /** lower-case basename without `.md` -> paths with that basename -> the path lower-cased without `.md`. */
  private readonly byKey = new Map<string, Map<string, string>>();

  constructor(paths: Iterable<string> = []) {
    for (const path of paths) this.add(path);
  }

  add(path: string): void {
    const lower = path.toLowerCase();
    if (this.byLowerPath.has(lower)) return;
    this.byLowerPath.set(lower, path);
    const key = linkKey(path);
    let candidates = this.byKey.get(key);
    if (!candidates) {
      candidates = new Map();
      this.byKey.set(key, candidates);
    }
    candidates.set(path, stripMd(lower));
  }

  remove(path: string): void {
    const lower = path.toLowerCase();
    const stored = this.byLowerPath.get(lower);
    if (stored === undefined) return;
    this.byLowerPath.delete(lower);
    const key = linkKey(stored);
    const candidates = this.byKey.get(key);
    candidates?.delete(stored);
    if (candidates && candidates.size === 0) this.byKey.delete(key);
  }

  has(path: string): boolean {
    return this.byLowerPath.has(path.toLowerCase());
  }

  resolve(linkpath: string, fromPath: string): string | null {
    let link = linkpath.trim();
    if (link === "") return this.has(fromPath) ? fromPath : null;
    if (isRelativeLink(link)) {
      const joined = joinRelative(dirname(fromPath), link);
      const hit = joined === null ? null : this.exact(joined);
      if (hit) return hit;
      // Not found relative to the note: fall back to matching what remains after the `./` and `../` segments.
      link = link.replace(/^(\.\.?\/)+/, "");
      if (link === "" || link === "." || link === "..") return null;
    }
    if (link.startsWith("/")) link = link.replace(/^\/+/, "");
    const lower = link.toLowerCase();
    const absolute = this.exactLower(lower);
    if (absolute) return absolute;
    return this.bySuffix(link, lower, fromPath);
  }

  /** A path equal to `path` or `path.md`, case-insensitively. */
  private exact(path: string): string | null {
    return this.exactLower(path.toLowerCase());
  }

  private exactLower(lower: string): string | null {
    if (lower.endsWith(".md")) return this.byLowerPath.get(lower) ?? null;
    return this.byLowerPath.get(`${lower}.md`) ?? this.byLowerPath.get(lower) ?? null;
  }

  /** Notes whose path ends with the link path: same folder as the source first, then shortest, then alphabetical. */
  private bySuffix(link: string, lower: string, fromPath: string): string | null {
    const wanted = lower.endsWith(".md") ? lower.slice(0, -3) : lower;
    // linkKey(link), without redoing its work when the link has no blanks left to trim.
    const key = link.length === link.trim().length ? basename(wanted) : linkKey(link);
    const candidates = this.byKey.get(key);
    if (!candidates) return null;
    let best: string | null = null;
    let folder: string | null = null;
    for (const [path, lower] of candidates) {
      if (lower !== wanted && !(lower.endsWith(wanted) && lower.charCodeAt(lower.length - wanted.length - 1) === 47)) continue;
      if (best === null) best = path;
      else if (better(path, best, (folder ??= dirname(fromPath)))) best = path;
    }
    return best;
  }

  /** The basename (without `.md`) of every known path whose key equals `key`, for suggestions. */
  pathsWithKey(key: string): string[] {
    return [...(this.byKey.get(key)?.keys() ?? [])];
  }

  allPaths(): IterableIterator<string> {
    return this.byLowerPath.values();
  }
}

function better(a: string, b: string, folder: string): boolean {
  const aHere = dirname(a) === folder;
  const bHere = dirname(b) === folder;
  if (aHere !== bHere) return aHere;
  if (a.length !== b.length) return a.length < b.length;
  return a < b;
}
