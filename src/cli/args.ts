// Command arguments: Node's util.parseArgs splits them; this checks them against each command's declared flags.
import { parseArgs as splitArgs } from "node:util";
import { CliError } from "./io";

export const USAGE_HINT = "run 'mosaic --help' for usage";

export interface FlagSpec {
  /** True when the flag takes a value (`--out FILE` or `--out=FILE`). */
  value: boolean;
}

export interface ParsedArgs {
  positionals: string[];
  /** The last value of each flag given (true for a flag without a value); a repeated flag's last value wins. */
  flags: Map<string, string | true>;
  /** Every value of each flag given, in order. */
  lists: Map<string, string[]>;
}

/** Parses the arguments after the command name against the flags that command accepts; a CliError (exit 2) names what is wrong. */
export function parseArgs(command: string, args: readonly string[], specs: Record<string, FlagSpec>): ParsedArgs {
  const options = Object.fromEntries(
    Object.entries(specs).map(([name, spec]) => [name, { type: spec.value ? ("string" as const) : ("boolean" as const) }]),
  );
  // strict: false so the messages are ours (one line, naming the flag and the command); the checks below are strict.
  const { tokens } = splitArgs({ args: [...args], options, strict: false, allowPositionals: true, tokens: true });
  const parsed: ParsedArgs = { positionals: [], flags: new Map(), lists: new Map() };
  const shortSeen = new Set<number>();
  for (const token of tokens) {
    if (token.kind === "positional") parsed.positionals.push(token.value);
    if (token.kind !== "option") continue;
    const spec = Object.prototype.hasOwnProperty.call(specs, token.name) ? specs[token.name] : undefined;
    if (!spec || !token.rawName.startsWith("--")) {
      // `-abc` arrives as three tokens from one argument: name the argument once.
      if (shortSeen.has(token.index)) continue;
      shortSeen.add(token.index);
      const shown = token.rawName.startsWith("--") ? token.rawName : (args[token.index] ?? token.rawName);
      throw new CliError(`unknown option '${shown}' for '${command}' (${USAGE_HINT})`);
    }
    if (!spec.value) {
      if (token.value !== undefined) throw new CliError(`option '--${token.name}' takes no value (${USAGE_HINT})`);
      parsed.flags.set(token.name, true);
      continue;
    }
    const value = token.value;
    // `--into --write` is a forgotten value, not a note named "--write".
    if (value === undefined || value === "" || (!token.inlineValue && value.startsWith("--"))) {
      throw new CliError(`option '--${token.name}' needs a value (${USAGE_HINT})`);
    }
    parsed.flags.set(token.name, value);
    parsed.lists.set(token.name, [...(parsed.lists.get(token.name) ?? []), value]);
  }
  return parsed;
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

/** Every value of a repeatable flag (`--ignore A --ignore B`), in the order given; empty when absent. */
export function listFlag(parsed: ParsedArgs, name: string): string[] {
  return parsed.lists.get(name) ?? [];
}

export function positiveIntFlag(parsed: ParsedArgs, name: string): number | undefined {
  const value = stringFlag(parsed, name);
  if (value === undefined) return undefined;
  if (!/^[0-9]+$/.test(value) || Number(value) < 1) {
    throw new CliError(`option '--${name}' needs a whole number of at least 1, got '${value}' (${USAGE_HINT})`);
  }
  return Number(value);
}

/** The value of a flag that must be one of `allowed` or an alias (case-insensitive), else a CliError naming the value and the choices. */
export function choiceFlag<T extends string>(
  parsed: ParsedArgs,
  name: string,
  allowed: readonly T[],
  what: string,
  aliases: Readonly<Record<string, T>> = {},
): T | undefined {
  const value = stringFlag(parsed, name);
  if (value === undefined) return undefined;
  const lower = value.toLowerCase();
  const found = allowed.find((choice) => choice === lower) ?? (Object.prototype.hasOwnProperty.call(aliases, lower) ? aliases[lower] : undefined);
  if (found === undefined) throw new CliError(`unknown ${what} '${value}' (use ${allowed.join(", ")}; ${USAGE_HINT})`);
  return found;
}
