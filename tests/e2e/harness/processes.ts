import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const spawned = new Set<ChildProcess>();

/** Kills a process group we started (detached), never anything else. */
function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

process.on('exit', () => {
  for (const child of spawned) killGroup(child, 'SIGKILL');
});

/**
 * Starts a browser in its own process group and records its pid in the run folder, so the
 * runner can still end it if this worker dies before its teardown.
 */
export function spawnBrowser(command: string, args: string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
  const child = spawn(command, args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  spawned.add(child);
  child.once('exit', () => spawned.delete(child));
  const runDir = process.env.BR_E2E_RUN_DIR;
  if (runDir && child.pid !== undefined) fs.appendFileSync(path.join(runDir, 'pids'), `${child.pid}\n`);
  return child;
}

/** Ends a browser we spawned: SIGTERM to its group, then SIGKILL if it lingers. */
export async function stopBrowser(child: ChildProcess, graceMs = 5_000): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    killGroup(child, 'SIGTERM');
    const timer = setTimeout(() => killGroup(child, 'SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  }
  // Content and helper processes share the group and can outlive the main process briefly.
  if (child.pid !== undefined) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // The whole group is gone.
    }
  }
}
