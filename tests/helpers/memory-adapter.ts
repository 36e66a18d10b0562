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
  append(path: string, data: string): Promise<void> {
    const text = this.files.get(path);
    if (text === undefined) return Promise.reject(new Error(`no file ${path}`));
    this.files.set(path, text + data);
    return Promise.resolve();
  }
  remove(path: string): Promise<void> {
    return this.files.delete(path) ? Promise.resolve() : Promise.reject(new Error(`no file ${path}`));
  }
  /** Moves a file, replacing none: Obsidian's adapters do not promise to replace an existing one. */
  rename(from: string, to: string): Promise<void> {
    const text = this.files.get(from);
    if (text === undefined || this.files.has(to)) return Promise.reject(new Error(`cannot rename ${from} to ${to}`));
    this.files.delete(from);
    this.files.set(to, text);
    return Promise.resolve();
  }
}
