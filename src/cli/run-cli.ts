// The CLI dispatcher: picks the command, turns user errors into one `mosaic: ...` line and an exit code.
import pkg from "../../package.json";
import { USAGE_HINT } from "./args";
import { checkCommand } from "./commands/check";
import { exportCommand } from "./commands/export";
import { importCommand } from "./commands/import";
import { escapeLines } from "./format/terminal-text";
import { nextCommand } from "./commands/next";
import { treeCommand } from "./commands/tree";
import { CliError, type CliIo } from "./io";

export type { CliIo } from "./io";

/** Exit codes, also documented in the README and `mosaic --help`. */
export const EXIT = { ok: 0, checkErrors: 1, usage: 2, internal: 3 } as const;

export const VERSION: string = pkg.version;

export const HELP = `mosaic ${VERSION}: alignment problem trees, coverage and Lens course checks for a vault folder

Usage:
  mosaic tree [vault] [--json] [--depth N] [--no-notes] [--width N]
                                               problem trees: each question with its coverage mark
                                               and count, the notes addressing it listed under it
                                               (--no-notes hides them), text wrapped to N columns
                                               (default: the terminal's width, else $COLUMNS, else 100);
                                               --depth N: questions down to level N only
  mosaic check [vault] [--format F] [--ignore GLOB]... [--unresolved]
                                               diagnostics, one per line: file:line: severity: code: message;
                                               F = text (default), json (also --json), github (annotations);
                                               --ignore: notes read but not checked (repeatable)
  mosaic export [vault] [--format F] [--out FILE] [--problem P] [--title T]
                                               the whole mosaic; F = json (default), markdown, opml, html;
                                               --problem P: one problem (path or title), markdown or opml;
                                               --title T: the html page's title (default: the vault's name)
  mosaic import FILE --into NOTE [--write] [--format F] [vault]
                                               merges a question tree (F = json, opml, markdown; guessed
                                               when left out) into NOTE (vault-relative, created if new);
                                               prints the lines it would add, writes only with --write
  mosaic next [vault] [--json] [--per-gap N] [--problem P]
                                               per gap, the N (default 3) best sources not linked to it;
                                               then unread sources ranked by the gaps they may fill
  mosaic --help | --version

tree, check and export also take --cache[=DIR]: keep parsed notes between runs in DIR (default
<vault>/.mosaic-cache) and parse again only the notes that changed; check reprints its last result when nothing changed.

The vault defaults to the current folder. Colours only on a terminal, never when NO_COLOR is set.
Exit status: 0 ok, 1 check found errors, 2 usage error or unreadable vault, 3 internal error.
`;

type Command = (args: readonly string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  tree: treeCommand,
  check: checkCommand,
  export: exportCommand,
  import: importCommand,
  next: nextCommand,
};

export async function runCli(argv: readonly string[], rawIo: CliIo): Promise<number> {
  // stderr carries no colour, only messages that may hold file names and note text: escape all of it in one place.
  const io: CliIo = { ...rawIo, stderr: (text) => rawIo.stderr(escapeLines(text)) };
  try {
    const [first, ...rest] = argv;
    if (first === undefined) throw new CliError(`no command given (${USAGE_HINT})`);
    if (first === "--help" || first === "-h" || first === "help") {
      io.stdout(HELP);
      return EXIT.ok;
    }
    if (first === "--version" || first === "-v" || first === "-V") {
      io.stdout(`${VERSION}\n`);
      return EXIT.ok;
    }
    const command = Object.prototype.hasOwnProperty.call(COMMANDS, first) ? COMMANDS[first] : undefined;
    if (!command) {
      const what = first.startsWith("-") ? `unknown option '${first}'` : `unknown command '${first}'`;
      throw new CliError(`${what} (${USAGE_HINT})`);
    }
    if (rest.includes("--help") || rest.includes("-h")) {
      io.stdout(HELP);
      return EXIT.ok;
    }
    return await command(rest, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`mosaic: ${error.message}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`mosaic: internal error: ${message.split("\n")[0] ?? ""}\n`);
    return EXIT.internal;
  }
}
