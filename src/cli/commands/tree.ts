// `mosaic tree`: problem trees with coverage and the notes addressing each question, as wrapped text or as ProblemTree[] with counts.
import { parseArgs, positiveIntFlag, vaultArg } from "../args";
import { formatTrees } from "../format/tree-text";
import { outputWidth } from "../format/width";
import { useColour, type CliIo } from "../io";
import { loadVault, takeCacheFlag } from "../load";
import { treeCounts } from "../../core/tree/counts";

export const TREE_FLAGS = { json: { value: false }, depth: { value: true }, "no-notes": { value: false }, width: { value: true } };

export async function treeCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { args: rest, cache } = takeCacheFlag(args);
  const parsed = parseArgs("tree", rest, TREE_FLAGS);
  const vault = vaultArg("tree", parsed);
  const depth = positiveIntFlag(parsed, "depth");
  const columns = outputWidth({ flag: positiveIntFlag(parsed, "width"), isTTY: io.isTTY, columns: io.columns, env: io.env });
  const { index } = await loadVault(vault, io, true, { cache });
  const problems = index.problems();
  if (parsed.flags.has("json")) {
    const withCounts = problems.map((p) => ({ ...p, counts: treeCounts(p.root) }));
    io.stdout(JSON.stringify({ problems: withCounts }, null, 2) + "\n");
    return 0;
  }
  if (problems.length === 0) {
    io.stdout(`No problem notes in ${vault}: tag a note #problem and write its questions as a nested list.\n`);
    return 0;
  }
  const notes = !parsed.flags.has("no-notes");
  io.stdout(formatTrees(problems, { depth, colour: useColour(io), columns, notes }));
  return 0;
}
