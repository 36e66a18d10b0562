// Frame times of the last couple of seconds: the last one and the median, for stats() and the benchmark.
const SAMPLES = 120;

export class FrameStats {
  last = 0;
  private readonly times: number[] = [];

  record(ms: number): void {
    this.last = ms;
    this.times.push(ms);
    if (this.times.length > SAMPLES) this.times.shift();
  }

  median(): number {
    const sorted = [...this.times].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)] ?? 0;
  }
}
