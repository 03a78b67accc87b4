/**
 * The resident memory and CPU time of the app server under load, read from /proc (Linux): the
 * largest process of the server's process group, which is the Next.js server itself (npx and the
 * `next start` launcher around it are small and would only blur the figure if summed). CPU time
 * per request is the figure a shared, busy machine blurs least: others' work lowers req/s, not it.
 */
import { readdirSync, readFileSync } from 'node:fs';

const PAGE_BYTES = 4096;
const CLOCK_TICKS_PER_SECOND = 100;

type ProcessFigures = { residentBytes: number; cpuMs: number };

function largestOfGroup(groupId: number): ProcessFigures {
  let largest: ProcessFigures = { residentBytes: 0, cpuMs: 0 };
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // After the command name in parentheses (which may hold spaces): state, ppid, pgrp, … rss is field 24.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== groupId) continue;
      const residentBytes = Number(fields[21]) * PAGE_BYTES;
      // utime and stime (fields 14 and 15), in clock ticks.
      const cpuMs = ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
      if (residentBytes > largest.residentBytes) largest = { residentBytes, cpuMs };
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return largest;
}

export type MemorySampler = {
  peakMb: () => number;
  /** The server's CPU time so far, in ms. */
  cpuMs: () => number;
  resetPeak: () => void;
  stop: () => void;
};

/** Samples every `everyMs` until stopped; the peak is kept until reset. */
export function sampleGroupMemory(groupId: number, everyMs = 200): MemorySampler {
  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, largestOfGroup(groupId).residentBytes);
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    peakMb: () => Math.round(peak / 2 ** 20),
    cpuMs: () => largestOfGroup(groupId).cpuMs,
    resetPeak: () => {
      peak = 0;
      sample();
    },
    stop: () => clearInterval(timer),
  };
}
