import { readFile } from 'node:fs/promises';

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Reads a file, or standard input for '-' or no file, as strict UTF-8. Errors say which file and why. */
export async function readInput(file: string | null): Promise<string> {
  let bytes: Uint8Array;
  if (file === null || file === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    bytes = Buffer.concat(chunks);
  } else {
    try {
      bytes = await readFile(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
      throw new Error(`cannot read ${file}: ${why}`);
    }
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new Error(`${file ?? 'standard input'} is not valid UTF-8 text`);
  }
}
