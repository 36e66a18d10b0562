// Wikilinks as the Lens platform reads a `source::` value or a course's `# Module:` title: one whole link, its own errors.

export interface PlatformLink {
  /** The link path as written (the `#heading` part stays in the path, as on the platform). */
  path: string;
  /** A syntax error the platform rejects the link for, or null. */
  error: string | null;
  /** For too many `../`, the path with one. */
  corrected: string | null;
}

const WHOLE_LINK = /^!?\[\[([^\]|]+)(?:\|([^\]]+))?\]\]$/;

/** Reads a value that must be exactly one wikilink; null when it is no wikilink at all. */
export function readPlatformLink(text: string): PlatformLink | null {
  const fail = (error: string): PlatformLink => ({ path: "", error, corrected: null });
  if (/^!?\[\[\s*\]\]$/.test(text)) return fail("Empty wikilink");
  if (/^!?\[\[[^\]]+\](?!\])$/.test(text)) return fail("Missing closing bracket ]]");
  if (/^\[(?!\[)[^\]]*\]\]$/.test(text)) return fail("Missing opening bracket [[");
  const m = WHOLE_LINK.exec(text);
  if (!m) return null;
  const path = (m[1] ?? "").trim();
  if (path === "") return fail("Empty wikilink");
  if (path.includes("..\\") || /[^./]\/\.\./.test(path)) return { path, error: "Path traversal not allowed", corrected: null };
  if (/^(\.\.\/){2,}/.test(path)) {
    return { path, error: "Path has too many '../' segments", corrected: path.replace(/^(\.\.\/)+/, "../") };
  }
  return { path, error: null, corrected: null };
}

/** The vault path a link names from `fromFile` by the platform's rule: joined to the file's folder, `.`/`..` folded. */
export function platformTarget(linkPath: string, fromFile: string): string {
  const slash = fromFile.lastIndexOf("/");
  const parts = slash < 0 ? [] : fromFile.slice(0, slash).split("/");
  for (const segment of linkPath.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") {
      if (parts.length > 0 && parts[parts.length - 1] !== "..") parts.pop();
      else parts.push("..");
    } else parts.push(segment);
  }
  return parts.join("/");
}

/** The platform's exact lookup: the path itself, else with `.md`; null when neither is a file. */
export function platformResolve(linkPath: string, fromFile: string, exists: (path: string) => boolean): string | null {
  const target = platformTarget(linkPath, fromFile);
  if (exists(target)) return target;
  if (exists(`${target}.md`)) return `${target}.md`;
  return null;
}

/** The relative link path (without `.md`) from `fromFile` to `target`, as the platform wants it written. */
export function relativeLink(target: string, fromFile: string): string {
  const from = fromFile.split("/").slice(0, -1);
  const to = target.replace(/\.md$/i, "").split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}
