// Writes a file so that a crash, a full disk, a link or a second writer can never damage it: real path inside
// the vault, temporary file beside it then rename, mode kept, one writer at a time, and only if unchanged since read.
import process from "node:process";
import { randomBytes } from "node:crypto";
import { constants, promises as fs } from "node:fs";
import * as path from "node:path";
import { CliError } from "./io";

// Hand-written on fs rather than write-file-atomic: that package follows a link to its target (the opposite of
// refusing it) and keeps no lock across the read-compare-write; the temp-and-rename itself is these few lines.

/** Test seam: runs after the temporary file is written and flushed, before the rename. */
export interface WriteHooks {
  beforeRename?: () => void | Promise<void>;
}

export interface SafeWrite {
  /** The bytes the caller read and based its change on; null when the file must not exist yet; "any" to replace whatever is there. */
  expected: Buffer | null | "any";
  /** Name shown in messages (vault-relative for notes). */
  shown: string;
  /** How long to wait for another writer's lock before giving up. */
  lockWaitMs?: number;
  hooks?: WriteHooks;
}

/**
 * The full path of vault-relative `rel` under `root`, after checking that no part of it below the vault's real
 * root is a link (a file link, folder link or dangling link) and that each existing folder is a folder.
 * Returns the parts that do not exist yet (created by `makeFolders` at write time).
 */
export async function resolveInVault(root: string, rel: string): Promise<{ full: string; realRoot: string }> {
  const realRoot = await fs.realpath(root);
  let at = realRoot;
  const parts = rel.split("/");
  for (const [i, part] of parts.entries()) {
    at = path.join(at, part);
    const stats = await fs.lstat(at).catch(() => null);
    const here = parts.slice(0, i + 1).join("/");
    if (stats?.isSymbolicLink()) throw new CliError(`${here} is a symbolic link; nothing written (Mosaic never writes through links)`);
    if (!stats) break;
    if (i < parts.length - 1 && !stats.isDirectory()) throw new CliError(`${here} is not a folder`);
    if (i === parts.length - 1 && !stats.isFile()) throw new CliError(`${here} is ${stats.isDirectory() ? "a folder, not a note" : "not a regular file"}`);
  }
  return { full: path.join(realRoot, ...parts), realRoot };
}

/** Creates the missing folders of `full` one by one, refusing any that turns out to be a link or to lie outside `realRoot`. */
export async function makeFolders(realRoot: string, full: string): Promise<void> {
  const rel = path.relative(realRoot, path.dirname(full));
  let at = realRoot;
  for (const part of rel === "" ? [] : rel.split(path.sep)) {
    at = path.join(at, part);
    await fs.mkdir(at).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "EEXIST") throw error;
    });
    const stats = await fs.lstat(at);
    if (!stats.isDirectory()) throw new CliError(`${path.relative(realRoot, at)} is not a folder (or is a link); nothing written`);
  }
  if (path.relative(realRoot, await fs.realpath(path.dirname(full))) !== rel) {
    throw new CliError(`${path.relative(realRoot, full)} would be written outside the vault; nothing written`);
  }
}

/** Replaces `full` with `data` atomically, under a lock, only when the file still holds `expected`. */
export async function writeAtomically(full: string, data: Buffer, options: SafeWrite): Promise<void> {
  const release = await lock(full, options);
  try {
    const current = await readCurrent(full, options.shown);
    const { expected } = options;
    if (expected === null ? current !== null : expected !== "any" && (current === null || !current.bytes.equals(expected))) {
      const what = options.expected === null ? "was created" : "changed";
      throw new CliError(`${options.shown} ${what} since it was read; nothing written (run the import again)`);
    }
    await replaceFile(full, data, current?.mode, options.hooks);
  } finally {
    await release();
  }
}

async function readCurrent(full: string, shown: string): Promise<{ bytes: Buffer; mode: number } | null> {
  const stats = await fs.lstat(full).catch(() => null);
  if (!stats) return null;
  if (stats.isSymbolicLink()) throw new CliError(`${shown} is a symbolic link; nothing written (Mosaic never writes through links)`);
  return { bytes: await fs.readFile(full), mode: stats.mode & 0o7777 };
}

/** Temporary file in the same folder (same file system, so the rename is atomic), flushed, given the old mode, renamed over. */
async function replaceFile(full: string, data: Buffer, mode: number | undefined, hooks: WriteHooks | undefined): Promise<void> {
  const temp = path.join(path.dirname(full), `.${path.basename(full)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  let renamed = false;
  try {
    const handle = await fs.open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, mode ?? 0o666);
    try {
      await handle.writeFile(data);
      // open's mode is cut by the umask; a note that was 0644 or 0600 keeps exactly that.
      if (mode !== undefined) await handle.chmod(mode);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await hooks?.beforeRename?.();
    await fs.rename(temp, full);
    renamed = true;
  } finally {
    if (!renamed) await fs.rm(temp, { force: true });
  }
}

/** Takes `.NAME.mosaic-lock` beside the file (created exclusively), waiting for another writer; a dead writer's lock is taken over. */
async function lock(full: string, options: SafeWrite): Promise<() => Promise<void>> {
  const lockPath = path.join(path.dirname(full), `.${path.basename(full)}.mosaic-lock`);
  const deadline = Date.now() + (options.lockWaitMs ?? 10_000);
  for (let wait = 5; ; wait = Math.min(wait * 2, 100)) {
    try {
      const handle = await fs.open(lockPath, "wx");
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => fs.rm(lockPath, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    if (await isStale(lockPath)) {
      await fs.rm(lockPath, { force: true });
      continue;
    }
    if (Date.now() > deadline) throw new CliError(`${options.shown} is being written by another process (lock ${path.basename(lockPath)}); nothing written`);
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
}

/** A lock whose writer process is gone (it was killed mid-write). */
async function isStale(lockPath: string): Promise<boolean> {
  const pid = Number(await fs.readFile(lockPath, "utf8").catch(() => ""));
  if (!Number.isInteger(pid) || pid <= 0) {
    // Just created and not yet holding its pid, or unreadable: stale only when old.
    const stats = await fs.stat(lockPath).catch(() => null);
    return stats !== null && Date.now() - stats.mtimeMs > 30_000;
  }
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}
