// The core's link resolver: Obsidian's rules (relative, vault-absolute, then shortest matching path), case-insensitive, `.md` optional.
import type { LinkResolver } from "../index/mosaic-index";
import { dirname, isRelativeLink, joinRelative, linkKey, stripMd } from "./paths";

export class PathResolver implements LinkResolver {
  /** lower-case path -> path as stored. */
  private readonly byLowerPath = new Map<string, string>();
  /** lower-case basename without `.md` -> paths with that basename. */
  private readonly byKey = new Map<string, Set<string>>();
  /** `folder \0 link` -> resolved path, valid until a path is added or removed: a vault repeats the same links often. */
  private readonly memo = new Map<string, string | null>();

  constructor(paths: Iterable<string> = []) {
    for (const path of paths) this.add(path);
  }

  add(path: string): void {
    const lower = path.toLowerCase();
    if (this.byLowerPath.has(lower)) return;
    if (this.memo.size > 0) this.memo.clear();
    this.byLowerPath.set(lower, path);
    const key = linkKey(path);
    let set = this.byKey.get(key);
    if (!set) {
      set = new Set();
      this.byKey.set(key, set);
    }
    set.add(path);
  }

  remove(path: string): void {
    const lower = path.toLowerCase();
    const stored = this.byLowerPath.get(lower);
    if (stored === undefined) return;
    if (this.memo.size > 0) this.memo.clear();
    this.byLowerPath.delete(lower);
    const key = linkKey(stored);
    const set = this.byKey.get(key);
    set?.delete(stored);
    if (set && set.size === 0) this.byKey.delete(key);
  }

  has(path: string): boolean {
    return this.byLowerPath.has(path.toLowerCase());
  }

  resolve(linkpath: string, fromPath: string): string | null {
    const link = linkpath.trim();
    if (link === "") return this.has(fromPath) ? fromPath : null;
    const folder = dirname(fromPath);
    const key = `${folder}\u0000${link}`;
    let hit = this.memo.get(key);
    if (hit === undefined) {
      hit = this.lookUp(link, folder);
      this.memo.set(key, hit);
    }
    return hit;
  }

  private lookUp(trimmed: string, folder: string): string | null {
    let link = trimmed;
    if (isRelativeLink(link)) {
      const joined = joinRelative(folder, link);
      const hit = joined === null ? null : this.exact(joined);
      if (hit) return hit;
      // Not found relative to the note: fall back to matching what remains after the `./` and `../` segments.
      link = link.replace(/^(\.\.?\/)+/, "");
      if (link === "" || link === "." || link === "..") return null;
    }
    link = link.replace(/^\/+/, "");
    const absolute = this.exact(link);
    if (absolute) return absolute;
    return this.bySuffix(link, folder);
  }

  /** A path equal to `path` or `path.md`, case-insensitively. */
  private exact(path: string): string | null {
    const lower = path.toLowerCase();
    return this.byLowerPath.get(`${stripMd(lower)}.md`) ?? this.byLowerPath.get(lower) ?? null;
  }

  /** Notes whose path ends with the link path: same folder as the source first, then shortest, then alphabetical. */
  private bySuffix(link: string, folder: string): string | null {
    const candidates = this.byKey.get(linkKey(link));
    if (!candidates) return null;
    const wanted = stripMd(link).toLowerCase();
    let best: string | null = null;
    for (const path of candidates) {
      const lower = stripMd(path).toLowerCase();
      if (lower !== wanted && !lower.endsWith(`/${wanted}`)) continue;
      if (best === null || better(path, best, folder)) best = path;
    }
    return best;
  }

  /** The basename (without `.md`) of every known path whose key equals `key`, for suggestions. */
  pathsWithKey(key: string): string[] {
    return [...(this.byKey.get(key) ?? [])];
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

