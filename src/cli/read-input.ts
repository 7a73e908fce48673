import { readFile } from 'node:fs/promises';
import { CliError } from './cli-error.js';

// The BOM is kept: offsets in the graph are then offsets into the text a program reading the file
// as UTF-8 sees (Node's readFileSync(file, 'utf8') keeps it too).
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
// Past this a string no longer fits V8 (2^29 - 24 UTF-16 units): refuse it by name, not as a RangeError.
const MAX_BYTES = 512 * 1024 * 1024;

function whyUnreadable(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT': return 'no such file';
    case 'EISDIR': return 'it is a directory';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'ENOTDIR': return 'a part of the path is not a directory';
    case 'ENAMETOOLONG': return 'the name is too long';
    case 'ELOOP': return 'too many symbolic links';
    case 'EMFILE': case 'ENFILE': return 'too many open files';
    case 'ERR_FS_FILE_TOO_LARGE': return `it is larger than ${MAX_BYTES / 1024 / 1024} MB`;
    default: return error.code ? `${error.code}` : error.message;
  }
}

/** Offset of the first byte that is not well-formed UTF-8 (overlong forms and surrogates included), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) { i++; continue; }
    let length: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) { length = 2; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { length = 3; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { length = 4; min = 0x10000; }
    else return i;
    if (i + length > bytes.length) return i;
    let code = b & (0x7f >> length);
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += length;
  }
  return -1;
}

async function readStandardInput(): Promise<Uint8Array> {
  // Nothing piped in and a person at the terminal: waiting for an end of file they may not know to type is no help.
  if (process.stdin.isTTY) throw new CliError('no input: give a FILE, or pipe the text into standard input (claimgraph extract - < article.txt)', 2);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > MAX_BYTES) throw new CliError(`cannot read standard input: it is larger than ${MAX_BYTES / 1024 / 1024} MB`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * Reads a file, or standard input for '-' or no file, as strict UTF-8 text that is not empty.
 * Every failure is a `CliError` that says which input and why, in one line.
 * @example
 * await readInput('article.txt') // the text
 * await readInput('missing.txt') // CliError: cannot read missing.txt: no such file
 */
export async function readInput(file: string | null): Promise<string> {
  const name = file === null || file === '-' ? 'standard input' : file;
  let bytes: Uint8Array;
  if (file === null || file === '-') bytes = await readStandardInput();
  else {
    if (file === '') throw new CliError('cannot read "": an empty file name', 2);
    try {
      bytes = await readFile(file);
    } catch (error) {
      throw new CliError(`cannot read ${file}: ${whyUnreadable(error as NodeJS.ErrnoException)}`);
    }
    if (bytes.length > MAX_BYTES) throw new CliError(`cannot read ${file}: it is larger than ${MAX_BYTES / 1024 / 1024} MB`);
  }
  if (bytes.length === 0) throw new CliError(`${name} is empty: there is no text to read`);
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    const why = utf16 ? 'it is UTF-16; convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)' : `the byte at offset ${firstInvalidUtf8(bytes)} is not UTF-8 (convert the file, e.g. iconv -f LATIN1 -t UTF-8)`;
    throw new CliError(`${name} is not valid UTF-8 text: ${why}`);
  }
  if (/^\s*$/.test(text)) throw new CliError(`${name} holds only white space: there is no text to read`);
  return text;
}
