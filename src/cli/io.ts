// The CLI's view of the outside world (output streams, terminal, environment), injectable so tests run it in-process.

export interface CliIo {
  /** Writes text as given (callers add the newlines). */
  stdout(text: string): void;
  stderr(text: string): void;
  /** Writes an output file in place of the safe writer (a test seam for write failures). */
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

export function useColour(io: CliIo): boolean {
  const noColor = io.env?.NO_COLOR;
  return io.isTTY === true && (noColor === undefined || noColor === "");
}
