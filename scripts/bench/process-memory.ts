/**
 * The resident memory of the app server under load, read from /proc (Linux): the largest process
 * of the server's process group, which is the Next.js server itself (npx and the `next start`
 * launcher around it are small and would only blur the figure if summed).
 */
import { readdirSync, readFileSync } from 'node:fs';

const PAGE_BYTES = 4096;

function residentBytesOfGroup(groupId: number): number {
  let largest = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // After the command name in parentheses (which may hold spaces): state, ppid, pgrp, … rss is field 24.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== groupId) continue;
      largest = Math.max(largest, Number(fields[21]) * PAGE_BYTES);
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return largest;
}

export type MemorySampler = { peakMb: () => number; resetPeak: () => void; stop: () => void };

/** Samples every `everyMs` until stopped; the peak is kept until reset. */
export function sampleGroupMemory(groupId: number, everyMs = 200): MemorySampler {
  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, residentBytesOfGroup(groupId));
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    peakMb: () => Math.round(peak / 2 ** 20),
    resetPeak: () => {
      peak = 0;
      sample();
    },
    stop: () => clearInterval(timer),
  };
}
