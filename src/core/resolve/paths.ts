// Small pure helpers on vault-relative paths and link paths (folders, basenames, `.md`, `./` and `../`).

/** The folder of a vault path, "" at the vault root. */
export function dirname(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash < 0 ? "" : path.slice(0, slash);
}

/** The last segment of a path. */
export function basename(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash < 0 ? path : path.slice(slash + 1);
}

/** Removes a trailing `.md` (any case). */
export function stripMd(path: string): string {
  return /\.md$/i.test(path) ? path.slice(0, -3) : path;
}

/** The lower-case basename without `.md`: the key under which a link and the notes it may resolve to meet. */
export function linkKey(path: string): string {
  return stripMd(basename(path.trim())).toLowerCase();
}

/** True when the link path names a file with an extension other than `.md` (an image, a PDF, ...). */
export function hasNonNoteExtension(linkpath: string): boolean {
  // An extension starts with a letter: `Paper v1.2` is a note name, not a file of type `2`.
  const match = /\.([A-Za-z][A-Za-z0-9]{0,7})$/.exec(basename(linkpath.trim()));
  return match !== null && match[1]!.toLowerCase() !== "md";
}

/** Joins a folder and a relative path, resolving `.` and `..`; null when `..` climbs above the vault. */
export function joinRelative(folder: string, relative: string): string | null {
  const parts = folder === "" ? [] : folder.split("/");
  for (const segment of relative.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") {
      if (parts.length === 0) return null;
      parts.pop();
    } else {
      parts.push(segment);
    }
  }
  return parts.join("/");
}

export function isRelativeLink(linkpath: string): boolean {
  return linkpath.startsWith("./") || linkpath.startsWith("../") || linkpath === "." || linkpath === "..";
}

/** True when `path` lies in `folder` or below it (folder "" holds everything). */
export function isInFolder(path: string, folder: string): boolean {
  const clean = folder.replace(/^\/+|\/+$/g, "");
  return clean === "" || path === clean || path.startsWith(`${clean}/`);
}
