/** The machine a benchmark ran on, for the report: figures mean little without it. */
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type } from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  ramBytes: number;
  os: string;
  node: string;
  chromium: string;
  /** 1-minute load average when the benchmark started and ended: other work skews timings. */
  loadAverage: { start: number; end: number };
}

export function describeMachine(chromiumVersion: string, loadAtStart: number): Machine {
  const list = cpus();
  return {
    cpu: (list[0]?.model ?? 'unknown').trim(),
    cores: list.length,
    ramBytes: totalmem(),
    os: `${osName()} (${type()} ${release()})`,
    node: process.version,
    chromium: chromiumVersion,
    loadAverage: { start: loadAtStart, end: currentLoad() },
  };
}

function osName(): string {
  if (!existsSync('/etc/os-release')) return process.platform;
  const text = readFileSync('/etc/os-release', 'utf8');
  return /^PRETTY_NAME="?([^"\n]*)"?/m.exec(text)?.[1] ?? process.platform;
}

/** The 1-minute load average (0 where the platform has none). */
export function currentLoad(): number {
  return Math.round(loadavg()[0]! * 100) / 100;
}
