// The `mosaic` executable: runs the CLI on process arguments with the real terminal, and sets the exit status.
import process from "node:process";
import { runParseWorker } from "./parse-workers";
import { runCli } from "./run-cli";
import type { CliIo } from "./io";

function runMain(): void {
  // `mosaic tree | head` closes the pipe early: stop quietly instead of throwing EPIPE.
  process.stdout.on("error", (error: Error & { code?: string }) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });

  const nodeIo: CliIo = {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    isTTY: process.stdout.isTTY === true,
    columns: process.stdout.columns,
    env: process.env,
  };

  void runCli(process.argv.slice(2), nodeIo).then((code) => {
    process.exitCode = code;
  });
}

// The same file runs as the parse worker of a big vault (see parse-workers.ts), and then does nothing else.
if (!runParseWorker()) runMain();
