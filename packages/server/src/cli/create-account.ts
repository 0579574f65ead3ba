import type { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { createAccount, ROLES, type Role } from '../auth/accounts.ts';
import { ConfigError } from '../config.ts';
import type { Db } from '../db/types.ts';
import { ApiError } from '../errors.ts';

/** Usage of `machi-dx-server create-account`. */
export const CREATE_ACCOUNT_HELP = `Usage:
  machi-dx-server create-account --username NAME --role staff|hq|shelter
                                 [--shelter-id E…] [--display-name "…"]

Reads the passphrase (at least 12 characters) from standard input: typed twice without echo on
a terminal, or the first line of a pipe, e.g.
  printf '%s\\n' "$PASSPHRASE" | machi-dx-server create-account --username hq-desk --role hq
Never pass it as an argument: arguments show up in the process list and the shell history.`;

/** The terminal or pipe the passphrase comes from. */
export interface PassphraseInput extends AsyncIterable<string | Buffer> {
  isTTY?: boolean;
  setRawMode?(mode: boolean): unknown;
  setEncoding?(encoding: BufferEncoding): unknown;
  on(event: 'data', listener: (chunk: string) => void): unknown;
  off(event: 'data', listener: (chunk: string) => void): unknown;
  resume?(): unknown;
  pause?(): unknown;
}

/** Where {@link runCreateAccount} reads and writes. */
export interface CreateAccountIo {
  input: PassphraseInput;
  /** Results and prompts. */
  output: Writable;
}

/**
 * `create-account`: parses the options, reads the passphrase from `io.input`, creates the account
 * in a migrated `db` and prints what was created (never the passphrase). Invalid input throws a
 * {@link ConfigError} whose message lists each problem in Japanese and English.
 */
export async function runCreateAccount(argv: string[], db: Db, io: CreateAccountIo): Promise<void> {
  const options = parseOptions(argv);
  const password = await readPassphrase(io);
  try {
    const account = await createAccount(db, { ...options, password });
    io.output.write(
      `created ${account.role} account "${account.username}" (${account.displayName}) id ${account.id}` +
        `${account.shelterId ? ` for shelter ${account.shelterId}` : ''}\n`,
    );
  } catch (error) {
    if (error instanceof ApiError) {
      const lines = (error.errors ?? []).map(
        (field) => `  ${field.path}: ${field.message.en} / ${field.message.ja}`,
      );
      throw new ConfigError(
        [`could not create the account: ${error.localizedMessage.en}`, ...lines].join('\n'),
      );
    }
    throw error;
  }
}

function parseOptions(argv: string[]): {
  username: string;
  role: Role;
  shelterId?: string;
  displayName?: string;
} {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        username: { type: 'string' },
        role: { type: 'string' },
        'shelter-id': { type: 'string' },
        'display-name': { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new ConfigError(`${(error as Error).message}\n${CREATE_ACCOUNT_HELP}`);
  }
  const { username, role } = values;
  if (!username || !role) {
    throw new ConfigError(`--username and --role are required\n${CREATE_ACCOUNT_HELP}`);
  }
  if (!(ROLES as readonly string[]).includes(role)) {
    throw new ConfigError(
      `--role must be one of ${ROLES.join(', ')} (got ${JSON.stringify(role)})`,
    );
  }
  return {
    username,
    role: role as Role,
    ...(values['shelter-id'] ? { shelterId: values['shelter-id'] } : {}),
    ...(values['display-name'] ? { displayName: values['display-name'] } : {}),
  };
}

async function readPassphrase(io: CreateAccountIo): Promise<string> {
  if (io.input.isTTY && io.input.setRawMode) {
    const first = await readHidden(io, 'Passphrase (not shown): ');
    const second = await readHidden(io, 'Same passphrase again: ');
    if (first !== second) throw new ConfigError('the two passphrases differ; nothing was created');
    return first;
  }
  let text = '';
  for await (const chunk of io.input) {
    text += typeof chunk === 'string' ? chunk : chunk.toString('utf8');
    if (text.includes('\n')) break; // the first line is all we need
  }
  const [line = ''] = text.split(/\r?\n/);
  if (!line) {
    throw new ConfigError(
      `no passphrase on standard input; pipe it in or run in a terminal\n${CREATE_ACCOUNT_HELP}`,
    );
  }
  return line;
}

/** Reads one line from a terminal in raw mode, echoing nothing. */
function readHidden(io: CreateAccountIo, prompt: string): Promise<string> {
  const { input, output } = io;
  output.write(prompt);
  input.setRawMode?.(true);
  input.setEncoding?.('utf8');
  input.resume?.();
  return new Promise((resolve, reject) => {
    let value = '';
    const finish = () => {
      input.off('data', onData);
      input.setRawMode?.(false);
      input.pause?.();
      output.write('\n');
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') {
          finish();
          resolve(value);
          return;
        }
        if (char === '\u0003' || char === '\u0004') {
          finish();
          reject(new ConfigError('cancelled; nothing was created'));
          return;
        }
        // Backspace / DEL remove the last character (a code point, so kana are removed whole).
        if (char === '\u007f' || char === '\b') value = [...value].slice(0, -1).join('');
        else value += char;
      }
    };
    input.on('data', onData);
  });
}
