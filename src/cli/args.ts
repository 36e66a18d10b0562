// A tiny argument parser: a command, positionals, and declared `--flags` (boolean or taking a value).
import { CliError } from "./io";

export const USAGE_HINT = "run 'mosaic --help' for usage";

export interface FlagSpec {
  /** True when the flag takes a value (`--out FILE` or `--out=FILE`). */
  value: boolean;
}

export interface ParsedArgs {
  positionals: string[];
  flags: Map<string, string | true>;
}

/** Parses the arguments after the command name against the flags that command accepts. */
export function parseArgs(command: string, args: readonly string[], specs: Record<string, FlagSpec>): ParsedArgs {
  const positionals: string[] = [];
  const flags = new Map<string, string | true>();
  let onlyPositionals = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (onlyPositionals || !arg.startsWith("-") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    if (arg === "--") {
      onlyPositionals = true;
      continue;
    }
    const eq = arg.indexOf("=");
    const name = (eq >= 0 ? arg.slice(0, eq) : arg).replace(/^--?/, "");
    const spec = specs[name];
    if (!spec || !arg.startsWith("--")) {
      throw new CliError(`unknown option '${eq >= 0 ? arg.slice(0, eq) : arg}' for '${command}' (${USAGE_HINT})`);
    }
    if (!spec.value) {
      if (eq >= 0) throw new CliError(`option '--${name}' takes no value (${USAGE_HINT})`);
      flags.set(name, true);
      continue;
    }
    let value: string | undefined;
    if (eq >= 0) value = arg.slice(eq + 1);
    else {
      value = args[i + 1];
      i++;
    }
    if (value === undefined || value === "") throw new CliError(`option '--${name}' needs a value (${USAGE_HINT})`);
    flags.set(name, value);
  }
  return { positionals, flags };
}

/** The one optional positional most commands take: the vault folder, `.` by default. */
export function vaultArg(command: string, parsed: ParsedArgs): string {
  if (parsed.positionals.length > 1) {
    throw new CliError(`too many arguments for '${command}': '${parsed.positionals[1] ?? ""}' (${USAGE_HINT})`);
  }
  return parsed.positionals[0] ?? ".";
}

export function stringFlag(parsed: ParsedArgs, name: string): string | undefined {
  const value = parsed.flags.get(name);
  return typeof value === "string" ? value : undefined;
}

export function positiveIntFlag(parsed: ParsedArgs, name: string): number | undefined {
  const value = stringFlag(parsed, name);
  if (value === undefined) return undefined;
  if (!/^[0-9]+$/.test(value) || Number(value) < 1) {
    throw new CliError(`option '--${name}' needs a whole number of at least 1, got '${value}' (${USAGE_HINT})`);
  }
  return Number(value);
}
