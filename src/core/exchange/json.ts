// JSON exchange: a problem as the export contract's `problems` entry, and a validating reader of trees in JSON.
import { type ImportResult, MAX_OUTLINE_DEPTH as MAX_DEPTH, type OutlineNode, unwrapTitle } from "./outline";

class ShapeError extends Error {}

/**
 * Reads a whole MosaicExport, a `{ problems: [...] }`, one ProblemTree, one TreeNode, or an array of nodes.
 * One problem gives its questions and its title; several give one root per problem holding its questions.
 */
export function parseJsonTree(json: string): ImportResult {
  let value: unknown;
  try {
    value = JSON.parse(typeof json === "string" ? json : "");
  } catch (e) {
    return { ok: false, error: `Not valid JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
  try {
    return readValue(value);
  } catch (e) {
    if (e instanceof ShapeError) return { ok: false, error: e.message };
    return { ok: false, error: `Could not read the JSON tree: ${e instanceof Error ? e.message : String(e)}` };
  }
}

function readValue(value: unknown): ImportResult {
  if (Array.isArray(value)) return { ok: true, roots: value.map((v, i) => readNode(v, `[${i}]`, 0)) };
  if (!isObject(value)) throw new ShapeError("Expected an object: a Mosaic export, a problem or a question node");
  if ("problems" in value) {
    const problems = value["problems"];
    if (!Array.isArray(problems)) throw new ShapeError("`problems` must be an array");
    const read = problems.map((p, i) => readProblem(p, `problems[${i}]`));
    const only = read.length === 1 ? read[0] : undefined;
    if (only) return { ok: true, roots: only.roots, title: only.title };
    return {
      ok: true,
      roots: read.map((p) => ({ text: p.title, anchor: null, status: p.status, children: p.roots })),
    };
  }
  if ("root" in value) {
    const problem = readProblem(value, "problem");
    return { ok: true, roots: problem.roots, title: problem.title };
  }
  return { ok: true, roots: [readNode(value, "node", 0)] };
}

function readProblem(value: unknown, where: string): { title: string; status: string | null; roots: OutlineNode[] } {
  if (!isObject(value)) throw new ShapeError(`${where}: expected a problem object`);
  const root = readNode(value["root"], `${where}.root`, 0);
  const title = value["title"];
  if (title !== undefined && typeof title !== "string") throw new ShapeError(`${where}.title must be a string`);
  const name = title ?? root.text;
  return { title: name, status: root.status, roots: unwrapTitle(root.children, name) };
}

function readNode(value: unknown, where: string, depth: number): OutlineNode {
  if (depth > MAX_DEPTH) throw new ShapeError(`${shortPath(where)}: nested deeper than ${MAX_DEPTH} levels`);
  if (!isObject(value)) throw new ShapeError(`${where}: expected a question node object`);
  const text = value["text"];
  if (typeof text !== "string") throw new ShapeError(`${where}.text must be a string`);
  const anchor = optionalString(value["anchor"], `${where}.anchor`);
  const status = optionalString(value["status"], `${where}.status`);
  const children = value["children"] ?? [];
  if (!Array.isArray(children)) throw new ShapeError(`${where}.children must be an array`);
  return {
    text,
    anchor,
    status,
    children: children.map((c, i) => readNode(c, `${where}.children[${i}]`, depth + 1)),
  };
}

function optionalString(value: unknown, where: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== "string") throw new ShapeError(`${where} must be a string or null`);
  return value;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A path 500 levels long is kilobytes: its start and its end are enough to find the place. */
function shortPath(where: string): string {
  return where.length <= 120 ? where : `${where.slice(0, 60)}…${where.slice(-50)}`;
}
