import type { ChildProcess } from 'node:child_process';

/**
 * Watches Firefox's stdout/stderr: finds the BiDi address, keeps the tail for error reports,
 * and collects content-process `console.error` lines. With `devtools.console.stdout.content`
 * Firefox prints console calls of content processes — which here means the extension's
 * background, pages and content scripts (fixture pages never log errors) — as
 * `console.error: "…"`; its own chrome code prints unquoted `console.error: Module: …` lines.
 * This is the only way to see the background page's console.error: BiDi does not expose it.
 */
export class FirefoxOutput {
  private readonly tail: string[] = [];
  private readonly contentErrors: { time: number; text: string }[] = [];
  private partial = '';
  readonly address: Promise<string>;

  constructor(child: ChildProcess) {
    this.address = new Promise((resolve, reject) => {
      let seen = '';
      child.stderr?.on('data', (chunk: Buffer) => {
        this.keep(chunk);
        if (seen.length > 100_000) return;
        seen += chunk.toString();
        const match = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(seen);
        if (match?.[1]) resolve(match[1]);
      });
      child.once('exit', (code) => reject(new Error(`Firefox exited (${code}) before BiDi started`)));
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      this.keep(chunk);
      this.scan(chunk.toString());
    });
  }

  private keep(chunk: Buffer): void {
    this.tail.push(chunk.toString());
    if (this.tail.length > 200) this.tail.shift();
  }

  private scan(text: string): void {
    const lines = (this.partial + text).split('\n');
    this.partial = lines.pop() ?? '';
    for (const line of lines) {
      if (line.startsWith('console.error: "')) {
        this.contentErrors.push({ time: Date.now(), text: line.slice('console.error: '.length) });
      }
    }
  }

  /** Content-process console.error messages printed since `since` (ms epoch). */
  consoleErrorsSince(since: number): string[] {
    return this.contentErrors.filter((e) => e.time >= since).map((e) => `console.error: ${e.text}`);
  }

  /** The last few KB of output, for launch failures. */
  recent(): string {
    return this.tail.join('').slice(-2000);
  }
}
