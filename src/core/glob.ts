// Path globs for `--ignore` and the ignore setting: `*` within a folder, `**` across folders, `?` one character.

/** A test for vault-relative paths; a glob without `/` also matches a file or folder name anywhere. */
export function globMatcher(globs: readonly string[]): (path: string) => boolean {
  const patterns = globs.map((g) => g.trim()).filter((g) => g !== "").map(globToRegExp);
  if (patterns.length === 0) return () => false;
  return (path) => patterns.some((p) => p.test(path));
}

function globToRegExp(glob: string): RegExp {
  let pattern = glob.replace(/^\.?\//, "");
  if (pattern.endsWith("/")) pattern += "**";
  let out = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "*" && pattern.charAt(i + 1) === "*") {
      const slash = pattern.charAt(i + 2) === "/";
      out += slash ? "(?:.*/)?" : ".*";
      i += slash ? 2 : 1;
    } else if (c === "*") out += "[^/]*";
    else if (c === "?") out += "[^/]";
    else out += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  // Without a `/`, the glob names a file or a folder at any depth (as in .gitignore).
  const anywhere = !pattern.includes("/");
  return new RegExp(`^${anywhere ? "(?:.*/)?" : ""}${out}(?:/.*)?$`);
}
