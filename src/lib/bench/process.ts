import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Resident memory of a process and all its descendants, in bytes (Linux /proc); 0 once it is gone. */
export function treeRss(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const rss = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    return rss + children.reduce((sum, child) => sum + treeRss(child), 0);
  } catch {
    return 0;
  }
}

/**
 * Runs a command to its end, timing it and sampling the memory of its whole
 * process tree (Astro, esbuild, Pagefind) every 50 ms; the peak is the
 * largest sum seen.
 */
export function measure(command: string, args: string[], cwd: string): Promise<{ ms: number; peakRss: number; status: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    let peakRss = 0;
    const timer = setInterval(() => (peakRss = Math.max(peakRss, treeRss(child.pid!))), 50);
    child.on('error', reject);
    child.on('close', (status) => {
      clearInterval(timer);
      resolve({ ms: performance.now() - started, peakRss, status, stderr });
    });
  });
}
