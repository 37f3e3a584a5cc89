// Reading the SMTP password: from standard input (--password-stdin, for scripts and password
// managers) or a masked prompt on the terminal. Never from a flag: those end up in shell history
// and in every user's view of the process list.
import { AppError } from '../../core/errors.js';

const MAX = 1000;

/** The first line of standard input, without its line ending. */
export async function readSecretFromStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of process.stdin) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    chunks.push(b);
    length += b.length;
    if (length > MAX * 4) break;
  }
  const text = Buffer.concat(chunks).toString('utf8');
  const first = text.split(/\r?\n/)[0] ?? '';
  if (!first)
    throw new AppError(
      'bad-input',
      '--password-stdin: standard input was empty; pipe the password in, e.g. `pass show smtp | followthrough settings smtp --password-stdin`',
    );
  if (first.length > MAX) throw new AppError('bad-input', '--password-stdin: that is too long for a password');
  return first;
}

export async function askSecret(message: string): Promise<string> {
  const { password, isCancel, cancel } = await import('@clack/prompts');
  const value = await password({ message, output: process.stderr, mask: '•' });
  if (isCancel(value) || !value) {
    cancel('Cancelled; the password was not changed.', { output: process.stderr });
    throw new AppError('failure', 'Cancelled; the password was not changed.');
  }
  return value;
}
