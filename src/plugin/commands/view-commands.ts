// "Open sidebar" and "Open graph".
import type { CommandHost } from "./command-host";

export function registerViewCommands(host: CommandHost, sidebarType: string, graphType: string | null): void {
  host.addCommand({ id: "open-sidebar", name: "Open sidebar", callback: () => host.activateView(sidebarType, "right") });
  if (graphType !== null) {
    host.addCommand({ id: "open-graph", name: "Open graph", callback: () => host.activateView(graphType, "main") });
  }
}
