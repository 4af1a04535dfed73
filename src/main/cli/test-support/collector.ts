import type { Writer } from '../cli-io';

/** A Writer that keeps what a command printed, for tests that run the CLI in-process. */
export class Collector implements Writer {
  text = '';
  /** A terminal or not: commands draw progress lines only on one. */
  constructor(readonly isTTY = false) {}
  write(chunk: string): boolean {
    this.text += chunk;
    return true;
  }
}
