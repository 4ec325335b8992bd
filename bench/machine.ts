// The machine, runtime and library versions a report was measured with, so numbers from
// different runs are never compared without seeing what differed.
import os from 'node:os';
import { packageVersion, projectVersion } from './versions.js';

export interface MachineInfo {
  readonly cpuModel: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly platform: string;
  readonly node: string;
  /** 1-minute load averages when the run started and ended: other work on the machine skews timings. */
  readonly loadAtStart: number;
  readonly loadAtEnd: number;
  readonly libraries: readonly { readonly name: string; readonly version: string }[];
}

export const LIBRARIES = ['minisearch', 'stemmer', 'lunr', 'flexsearch', '@orama/orama', 'wink-bm25-text-search', 'wink-nlp-utils', 'discord.js'] as const;

export function currentLoad(): number {
  return os.loadavg()[0] ?? Number.NaN;
}

export function describeMachine(loadAtStart: number): MachineInfo {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cores: os.availableParallelism?.() ?? cpus.length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    loadAtStart,
    loadAtEnd: currentLoad(),
    libraries: [{ name: 'essay-circle (this project)', version: projectVersion() }, ...LIBRARIES.map((name) => ({ name, version: packageVersion(name) }))],
  };
}
