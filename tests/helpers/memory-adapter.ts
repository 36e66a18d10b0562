// The part of Obsidian's DataAdapter the plugin's cache uses, in memory: survives from one plugin session to the next.
export class MemoryAdapter {
  readonly files = new Map<string, string>();
  writes = 0;

  exists(path: string): Promise<boolean> {
    return Promise.resolve(this.files.has(path) || [...this.files.keys()].some((f) => f.startsWith(`${path}/`)));
  }
  read(path: string): Promise<string> {
    const text = this.files.get(path);
    return text === undefined ? Promise.reject(new Error(`no file ${path}`)) : Promise.resolve(text);
  }
  write(path: string, data: string): Promise<void> {
    this.writes++;
    this.files.set(path, data);
    return Promise.resolve();
  }
  mkdir(): Promise<void> {
    return Promise.resolve();
  }
}
