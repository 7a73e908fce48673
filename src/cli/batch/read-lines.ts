/** One line of input as bytes, without its line end, and its 1-based number. */
export interface InputLine {
  bytes: Buffer;
  lineNumber: number;
}

const LF = 0x0a;
const CR = 0x0d;

const withoutCR = (line: Buffer) => (line.length > 0 && line[line.length - 1] === CR ? line.subarray(0, line.length - 1) : line);

/**
 * The lines of a byte stream (LF or CRLF ends; a last line without one counts), read chunk by
 * chunk: the stream is only read as fast as lines are taken, so a file of any length is read in
 * constant memory, bar the longest line. Yielded bytes may share the chunk's memory: decode them
 * before taking the next line.
 */
export async function* readLines(input: AsyncIterable<Buffer | string>): AsyncGenerator<InputLine> {
  let carried: Buffer[] = [];
  let lineNumber = 0;
  for await (const chunk of input) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let from = 0;
    for (let lf = buffer.indexOf(LF, from); lf !== -1; lf = buffer.indexOf(LF, from)) {
      let line = buffer.subarray(from, lf);
      if (carried.length > 0) {
        carried.push(line);
        line = Buffer.concat(carried);
        carried = [];
      }
      yield { bytes: withoutCR(line), lineNumber: ++lineNumber };
      from = lf + 1;
    }
    // A line cut by the chunk's end: keep a copy, the stream may reuse its buffer.
    if (from < buffer.length) carried.push(Buffer.from(buffer.subarray(from)));
  }
  if (carried.length > 0) yield { bytes: withoutCR(Buffer.concat(carried)), lineNumber: ++lineNumber };
}
