/**
 * The compact form of a term's postings in the rank lists: for each document,
 * in ascending row id order, the gap from the previous id and the document's
 * weighted frequency F (see build-rank-lists.ts), both as LEB128 varints.
 * For terms in 5% or more of the articles the gaps are mostly under 128, so a
 * posting takes about two bytes instead of six or eight in typed arrays.
 * RankLists decodes them in its own loop (rank-lists.ts, addListed).
 */

/** A growable byte buffer that varints are appended to; set `length` to 0 to reuse it. */
export class VarintWriter {
  private buffer = new Uint8Array(1 << 16);
  length = 0;

  write(value: number): void {
    if (this.length + 10 > this.buffer.length) {
      const grown = new Uint8Array(this.buffer.length * 2);
      grown.set(this.buffer.subarray(0, this.length));
      this.buffer = grown;
    }
    let v = value;
    while (v >= 0x80) {
      this.buffer[this.length++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.buffer[this.length++] = v;
  }

  /** The bytes written, trimmed to their length (a copy). */
  bytes(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }
}
