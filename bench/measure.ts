/**
 * Measuring tools for the benchmark: a command's wall time and the peak memory of its whole process tree,
 * folder sizes, and compressed sizes.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

/** What a measured command did. */
export interface RunResult {
  seconds: number;
  /** Peak of the summed proportional set size (PSS) of the command and all its descendants, in MiB. */
  peakMB: number;
  output: string;
  status: number | null;
}

/** Parent pid of every process, read from /proc. */
function parents(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  return children;
}

// PSS splits shared pages between the processes that map them, so summing it over a tree does not count the
// Node binary or shared libraries twice (summing RSS would).
function memoryKB(pid: number): number {
  try {
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    return Number(/^Pss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0);
  } catch {
    try {
      return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      return 0;
    }
  }
}

/** Memory in KiB of a process and all its descendants. */
export function treeMemoryKB(pid: number): number {
  const children = parents();
  let total = 0;
  const queue = [pid];
  while (queue.length > 0) {
    const current = queue.pop()!;
    total += memoryKB(current);
    queue.push(...(children.get(current) ?? []));
  }
  return total;
}

/** Runs a command, sampling the memory of its process tree every 250 ms. */
export function run(command: string, args: string[], env: Record<string, string>, cwd: string): Promise<RunResult> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, treeMemoryKB(child.pid!))), 250);
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
export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

/** Raw, gzip (level 9) and brotli (quality 11, text mode) sizes, as a static host would precompress them. */
export function compressedSizes(data: Buffer): Sizes {
  const brotli = brotliCompressSync(data, {
    params: { [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_QUALITY]: 11 },
  });
  return { raw: data.length, gzip: gzipSync(data, { level: 9 }).length, brotli: brotli.length };
}
