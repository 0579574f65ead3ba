import { z } from 'zod';
import { SqlState, sqlErrorInfo } from '../db/sql-errors.ts';
import type { DbExecutor } from '../db/types.ts';
import { ApiError, apiError, type FieldError } from '../errors.ts';
import { fieldErrorsFromZod } from '../validation.ts';
import { hashPassword, passphraseProblem } from './passwords.ts';

/** Every role an account can have. */
export const ROLES = ['staff', 'hq', 'shelter'] as const;

/** `staff`: a specialist at the main office; `hq`: the disaster response HQ; `shelter`: one shelter. */
export type Role = (typeof ROLES)[number];

/** An account as the API shows it (never the password hash). */
export interface Account {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  /** 全国共通避難所・避難場所ID of the shelter a `shelter` account reports for; absent for other roles. */
  shelterId?: string;
}

/** What {@link createAccount} needs. */
export interface NewAccount {
  /** 3–64 characters: letters, digits, `.`, `_`, `@`, `-`; unique regardless of case. */
  username: string;
  /** Shown in the portal (default: the username). */
  displayName?: string;
  role: Role;
  /** Required for, and only for, `shelter` accounts: a 14-character 全国共通避難所・避難場所ID. */
  shelterId?: string;
  /** The passphrase: at least {@link MIN_PASSPHRASE_LENGTH} characters. */
  password: string;
  /** Marks sample-data accounts (set by the sample seed only). */
  sample?: boolean;
}

/** Usernames: what the `accounts_username` check constraint allows. */
export const USERNAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._@-]{2,63}$/;

/** 全国共通避難所・避難場所ID: `E` + municipality code (5) + serial (5) + type (2) + sequence (1). */
export const NATIONAL_SHELTER_ID_PATTERN = /^E\d{10}[12][0-2][0-9A-Za-z]$/;

const NewAccountSchema = z
  .strictObject({
    username: z.string().regex(USERNAME_PATTERN),
    displayName: z.string().trim().min(1).max(100).optional(),
    role: z.enum(ROLES),
    shelterId: z.string().regex(NATIONAL_SHELTER_ID_PATTERN).optional(),
    password: z.string(),
    sample: z.boolean().optional(),
  })
  .superRefine((value, context) => {
    if (value.role === 'shelter' && value.shelterId === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['shelterId'],
        params: {
          code: 'required',
          message: {
            ja: '避難所アカウントには避難所ID（全国共通避難所・避難場所ID）が必要です。',
            en: 'A shelter account needs the shelter’s 14-character national shelter ID.',
          },
        },
      });
    }
    if (value.role !== 'shelter' && value.shelterId !== undefined) {
      context.addIssue({
        code: 'custom',
        path: ['shelterId'],
        params: {
          code: 'not_allowed',
          message: {
            ja: '避難所IDを指定できるのは避難所アカウントだけです。',
            en: 'Only shelter accounts are bound to a shelter.',
          },
        },
      });
    }
  });

const USERNAME_FORMAT: FieldError['message'] = {
  ja: 'ユーザー名は3〜64文字の半角英数字と . _ @ - で、英数字から始めてください。',
  en: 'Use 3–64 letters, digits, ".", "_", "@" or "-", starting with a letter or digit.',
};

/** NFKC and trimmed: a username typed in full-width characters (Japanese IME on) still matches. */
export function normalizeUsername(username: string): string {
  return username.normalize('NFKC').trim();
}

/**
 * Creates an account after validating it: 422 `validation_failed` (an {@link ApiError} with one
 * entry per field, e.g. a passphrase under 12 characters, or `shelterId` `unknown_shelter` for a
 * shelter that is not imported) or 409 `username_taken`. Works inside a
 * transaction (`tx`) as well as on the db.
 */
export async function createAccount(db: DbExecutor, input: NewAccount): Promise<Account> {
  const candidate = { ...input, username: normalizeUsername(String(input.username ?? '')) };
  const parsed = NewAccountSchema.safeParse(candidate);
  const errors: FieldError[] = parsed.success ? [] : fieldErrorsFromZod(parsed.error, candidate);
  for (const error of errors) {
    if (error.path === 'username' && error.code === 'invalid_format')
      error.message = USERNAME_FORMAT;
  }
  const problem =
    typeof input.password === 'string' ? passphraseProblem(input.password) : undefined;
  if (problem && !errors.some(({ path }) => path === 'password')) {
    errors.push({ path: 'password', ...problem });
  }
  if (!parsed.success || errors.length > 0) throw apiError('validation_failed', { errors });

  const { username, role, shelterId, password, sample } = parsed.data;
  const passwordHash = await hashPassword(password);
  try {
    const [row] = await db.query<AccountRow>(
      `insert into accounts (username, display_name, role, shelter_id, password_hash, sample)
       values ($1, $2, $3, $4, $5, $6)
       returning id, username, display_name, role, shelter_id`,
      [
        username,
        parsed.data.displayName ?? username,
        role,
        shelterId,
        passwordHash,
        sample ?? false,
      ],
    );
    if (!row) throw new Error('insert into accounts returned no row');
    return accountFromRow(row);
  } catch (error) {
    const info = sqlErrorInfo(error);
    if (
      info.code === SqlState.foreignKeyViolation &&
      info.constraint === 'accounts_shelter_exists'
    ) {
      throw apiError('validation_failed', {
        errors: [{ path: 'shelterId', code: 'unknown_shelter', message: UNKNOWN_SHELTER }],
      });
    }
    if (info.code === SqlState.uniqueViolation) {
      throw new ApiError(
        409,
        'username_taken',
        {
          ja: 'このユーザー名は既に使われています（大文字・小文字は区別しません）。',
          en: 'This username is already taken (usernames are not case-sensitive).',
        },
        { errors: [{ path: 'username', code: 'taken', message: USERNAME_TAKEN }] },
      );
    }
    throw error;
  }
}

const UNKNOWN_SHELTER: FieldError['message'] = {
  ja: 'この避難所は登録されていません。先に避難所データを取り込んでください。',
  en: 'This shelter is not registered. Import the shelter master data first.',
};

const USERNAME_TAKEN: FieldError['message'] = {
  ja: '既に使われているユーザー名です。',
  en: 'This username is already taken.',
};

/** An `accounts` row as the auth queries select it. */
export interface AccountRow {
  id: string;
  username: string;
  display_name: string;
  role: Role;
  shelter_id: string | null;
}

/** Maps a row to the public {@link Account} (`shelterId` only when bound to a shelter). */
export function accountFromRow(row: AccountRow): Account {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    ...(row.shelter_id ? { shelterId: row.shelter_id } : {}),
  };
}

/** The account a sign-in names, with what is needed to check it; case-insensitive. */
export async function findAccountForLogin(
  db: DbExecutor,
  username: string,
): Promise<(AccountRow & { password_hash: string; disabled: boolean }) | undefined> {
  const [row] = await db.query<AccountRow & { password_hash: string; disabled: boolean }>(
    `select id, username, display_name, role, shelter_id, password_hash, disabled
     from accounts where lower(username) = lower($1)`,
    [normalizeUsername(username)],
  );
  return row;
}
