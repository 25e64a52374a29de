/**
 * Measuring tools for the benchmark: a command's wall time and the peak memory of its whole process tree,
 * folder sizes, and compressed sizes.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

/** What a measured command did. */
export interface RunResult {
  seconds: number;
  peakMB: number;
  output: string;
  status: number | null;
}

function childrenOf(pid: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent === pid) children.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return children;
}

function treeRssKB(pid: number): number {
  let total = 0;
  const queue = [pid];
  while (queue.length > 0) {
    const current = queue.pop()!;
    try {
      const status = readFileSync(`/proc/${current}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    } catch {
      continue;
    }
    queue.push(...childrenOf(current));
  }
  return total;
}

/** Runs a command, sampling the memory of its process tree every 200 ms. */
export function run(command: string, args: string[], env: Record<string, string>, cwd: string): Promise<RunResult> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, treeRssKB(child.pid!))), 200);
    child.on('close', (status) => {
      clearInterval(sampler);
      resolve({ seconds: (performance.now() - started) / 1000, peakMB: Math.round(peak / 1024), output, status });
    });
  });
}

/** Total bytes and file count under a folder. */
export function folderSize(root: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    const info = statSync(join(root, entry));
    if (info.isFile()) {
      bytes += info.size;
      files += 1;
    }
  }
  return { bytes, files };
}

/** Raw, gzip and brotli sizes of some bytes. */
export function compressedSizes(data: Buffer): { raw: number; gzip: number; brotli: number } {
  return { raw: data.length, gzip: gzipSync(data, { level: 9 }).length, brotli: brotliCompressSync(data).length };
}
