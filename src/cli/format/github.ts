// Diagnostics as GitHub Actions workflow commands, so CI shows each one as an annotation on its line.
import type { Diagnostic } from "../../core/model";

const COMMAND: Record<Diagnostic["severity"], string> = { error: "error", warning: "warning", info: "notice" };

function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/** `::error file=modules/m.md,line=7,title=broken-link::Link target not found: x` */
export function githubAnnotation(d: Diagnostic): string {
  const props = [`file=${escapeProperty(d.file)}`];
  if (d.line !== null) props.push(`line=${d.line}`);
  props.push(`title=${escapeProperty(d.code)}`);
  return `::${COMMAND[d.severity]} ${props.join(",")}::${escapeData(d.message)}`;
}
