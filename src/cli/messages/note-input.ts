// Reading the note `followthrough check` is given: a file, or standard input. Bytes are decoded
// strictly as UTF-8, so a binary file is refused instead of being checked as mojibake.
import { closeSync, openSync, readSync } from 'node:fs';
import { AppError } from '../../core/errors.js';

// Matches the app's limit; checked here too so a huge file is never read whole.
const MAX_CHARACTERS = 20_000;
// A character is at most 4 bytes of UTF-8 (plus a 3-byte BOM): more bytes than this is too long.
const MAX_BYTES = MAX_CHARACTERS * 4 + 3;

const bad = (message: string) => new AppError('bad-input', message);

export interface NoteSource {
  /** The file argument: a path, "-" for standard input, or undefined. */
  file: string | undefined;
  stdinIsTerminal: boolean;
}

/** The note's text, or a bad-input error naming where it came from and what is wrong. */
export async function readNote(source: NoteSource): Promise<string> {
  const fromStdin = source.file === '-' || source.file === undefined;
  if (source.file === undefined && source.stdinIsTerminal) {
    throw bad('give the note to check: a file (followthrough check note.txt) or piped in (… | followthrough check -)');
  }
  const where = fromStdin ? 'standard input' : `"${source.file}"`;
  const bytes = fromStdin ? await readStdin() : readFile(source.file as string);
  return decode(bytes, where);
}

/** Decodes and refuses what is not a note: nothing at all, binary data, or too much text. */
export function decode(bytes: Uint8Array, where: string): string {
  if (bytes.length === 0) throw bad(`${where} is empty: there is no note to check`);
  if (bytes.length > MAX_BYTES) throw tooLong(where);
  if (bytes.includes(0)) throw bad(`${where} contains a NUL byte: it looks like binary data, not a text note`);
  let text: string;
  try {
    // fatal: an invalid sequence throws instead of becoming U+FFFD; the BOM, if any, is dropped.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw bad(`${where} is not UTF-8 text: it looks like binary data (save the note as plain text and try again)`);
  }
  let characters = 0;
  for (const _ of text) characters++;
  if (characters > MAX_CHARACTERS) throw tooLong(where, characters);
  if (text.trim() === '') throw bad(`${where} holds only spaces and blank lines: there is no note to check`);
  return text;
}

const LIMIT = MAX_CHARACTERS.toLocaleString('en-US');
const tooLong = (where: string, characters?: number) =>
  bad(
    `${where} is ${characters === undefined ? `more than ${LIMIT}` : characters.toLocaleString('en-US')} characters long; a note can be at most ${LIMIT}`,
  );

function readFile(path: string): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a folder, not a file' : 'cannot be read';
    throw bad(`"${path}" ${why}`);
  }
  try {
    // Read at most one byte past the limit: enough to know the note is too long.
    const buffer = Buffer.alloc(MAX_BYTES + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length === buffer.length) break;
    }
    return buffer.subarray(0, length);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw bad(`"${path}" ${code === 'EISDIR' ? 'is a folder, not a file' : 'cannot be read'}`);
  } finally {
    closeSync(fd);
  }
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of process.stdin) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    chunks.push(b);
    length += b.length;
    // Stop reading a runaway pipe as soon as it is certainly too long.
    if (length > MAX_BYTES) break;
  }
  return Buffer.concat(chunks);
}
