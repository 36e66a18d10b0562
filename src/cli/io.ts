// The CLI's view of the outside world (output streams, terminal, environment), injectable so tests run it in-process.
import { writeFileSync } from "node:fs";

export interface CliIo {
  /** Writes text as given (callers add the newlines). */
  stdout(text: string): void;
  stderr(text: string): void;
  /** Writes an output file; defaults to fs.writeFileSync. */
  writeFile?(path: string, text: string): void;
  /** True when stdout is a terminal: enables colours (unless NO_COLOR is set) and truncation to `columns`. */
  isTTY?: boolean;
  columns?: number;
  env?: Record<string, string | undefined>;
  /** Folder relative paths are resolved against; defaults to process.cwd(). */
  cwd?: string;
}

/** An error meant for the user: printed as one `mosaic: <message>` line, exiting with `exitCode`. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = 2,
  ) {
    super(message);
    this.name = "CliError";
  }
}

export function writeOutputFile(io: CliIo, path: string, text: string): void {
  if (io.writeFile) io.writeFile(path, text);
  else writeFileSync(path, text, "utf8");
}

export function useColour(io: CliIo): boolean {
  const noColor = io.env?.NO_COLOR;
  return io.isTTY === true && (noColor === undefined || noColor === "");
}
