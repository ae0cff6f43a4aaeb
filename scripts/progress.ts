// A progress line on stderr for long CLI runs: redrawn in place on a terminal, else (a log file, a
// pipe) one line per tenth of a run of at least MANY_FILES files, so short runs stay quiet in logs.
import type { Writable } from 'node:stream';

export const MANY_FILES = 200;
const REDRAW_MS = 250;

export interface Progress {
  tick(done: number): void;
  end(): void;
}

export function progress(total: number, err: Writable & { isTTY?: boolean }, now = () => Date.now()): Progress {
  const started = now();
  const line = (done: number) => {
    const seconds = (now() - started) / 1000;
    const rate = seconds > 0 ? `, ${(done / seconds).toFixed(1)} files/s` : '';
    return `annotate: ${done}/${total} files${rate}`;
  };
  if (err.isTTY) {
    let drawn = -Infinity;
    return {
      tick(done) {
        if (now() - drawn < REDRAW_MS && done < total) return;
        drawn = now();
        err.write(`\r${line(done)}\x1b[K`);
      },
      end: () => void (drawn > -Infinity && err.write('\n')),
    };
  }
  if (total < MANY_FILES) return { tick() {}, end() {} };
  const step = Math.ceil(total / 10);
  return {
    tick: (done) => void ((done % step === 0 || done === total) && err.write(`${line(done)}\n`)),
    end() {},
  };
}
