import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, STACK_LOGS_DIR } from './paths';

/** One of the stack's Node processes (the built API or worker), its output in e2e-artifacts/stack. */
export class NodeProcess {
  private readonly child: ChildProcess;
  private readonly logFile: string;
  private output = '';
  private readonly exited: Promise<string>;

  constructor(
    readonly name: string,
    script: string,
    env: NodeJS.ProcessEnv,
  ) {
    this.logFile = path.join(STACK_LOGS_DIR, `${name}.log`);
    const log = createWriteStream(this.logFile);
    this.child = spawn(process.execPath, [path.join(REPO_ROOT, script)], {
      cwd: REPO_ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    for (const stream of [this.child.stdout, this.child.stderr]) {
      stream?.on('data', (chunk: Buffer) => {
        log.write(chunk);
        // Only the start is looked at (for the ready line); the log file keeps everything.
        if (this.output.length < 1_000_000) this.output += chunk.toString('utf8');
      });
    }
    this.exited = new Promise((resolve) => {
      this.child.once('exit', (code, signal) => {
        log.end();
        resolve(signal ?? `exit code ${code}`);
      });
    });
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Resolves once `ready()` holds; rejects when the process exits first or time runs out. */
  async waitUntil(what: string, ready: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (!this.running) throw new Error(`the ${this.name} exited (${await this.exited}) before ${what}${this.tail()}`);
      if (await ready()) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`the ${this.name} was not ${what} within ${timeoutMs / 1000}s${this.tail()}`);
  }

  /** Whether the process printed `text` (a log line's message, say) since it started. */
  printed(text: string): boolean {
    return this.output.includes(text);
  }

  /** SIGTERM (its graceful shutdown), then SIGKILL after 10 s. */
  async stop(): Promise<void> {
    if (!this.running) return;
    const killer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    this.child.kill('SIGTERM');
    await this.exited;
    clearTimeout(killer);
  }

  private tail(): string {
    let text = this.output;
    try {
      text = readFileSync(this.logFile, 'utf8');
    } catch {
      // the log file is only a better copy of what is in memory
    }
    const lines = text.trimEnd().split('\n').slice(-30).join('\n');
    return `; its last lines (all in ${path.relative(REPO_ROOT, this.logFile)}):\n${lines}`;
  }
}
