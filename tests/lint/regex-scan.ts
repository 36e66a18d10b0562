// Finds regular expressions with a lookbehind (`(?<=`, `(?<!`) in JavaScript or TypeScript text, using TypeScript's parser.
import ts from "typescript";

/** Whether a regex source has a lookbehind group (an unescaped `(` followed by `?<=` or `?<!`). */
export function hasLookbehind(pattern: string): boolean {
  for (let i = pattern.indexOf("(?<"); i >= 0; i = pattern.indexOf("(?<", i + 1)) {
    let slashes = 0;
    while (pattern[i - 1 - slashes] === "\\") slashes++;
    const next = pattern[i + 3];
    if (slashes % 2 === 0 && (next === "=" || next === "!")) return true;
  }
  return false;
}

/** Every regex literal, and every string or template given to `RegExp(...)`, that has a lookbehind. */
export function lookbehindRegexes(code: string, fileName = "bundle.js"): string[] {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node) && hasLookbehind(node.text)) found.push(node.text);
    if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && node.expression.getText(source) === "RegExp") {
      for (const arg of node.arguments ?? []) {
        if ((ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) && hasLookbehind(arg.text)) found.push(arg.text);
        if (ts.isTemplateExpression(arg) && hasLookbehind(arg.getText(source))) found.push(arg.getText(source));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}
