// `mosaic tree [vault] [--json] [--depth N]`: problem trees with coverage, as text or as the contract's ProblemTree[] (each with its counts).
import { parseArgs, positiveIntFlag, vaultArg } from "../args";
import { formatTrees } from "../format/tree-text";
import { useColour, type CliIo } from "../io";
import { loadVault, takeCacheFlag } from "../load";
import { treeCounts } from "../../core/tree/counts";

export const TREE_FLAGS = { json: { value: false }, depth: { value: true } };

export async function treeCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { args: rest, cache } = takeCacheFlag(args);
  const parsed = parseArgs("tree", rest, TREE_FLAGS);
  const vault = vaultArg("tree", parsed);
  const depth = positiveIntFlag(parsed, "depth");
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
  const colour = useColour(io);
  io.stdout(formatTrees(problems, { depth, colour, columns: io.isTTY ? io.columns : undefined }));
  return 0;
}
