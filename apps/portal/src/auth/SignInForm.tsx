import { Button, ErrorSummary, Field, Notice, TextInput, useErrorTitle } from '@machi-dx/ui';
import { type FormEvent, useState } from 'react';

/** The texts a sign-in form shows; each page words them its own way (e.g. 避難所コード). */
export type SignInText =
  | 'username'
  | 'password'
  | 'submit'
  | 'usernameMissing'
  | 'passwordMissing'
  | 'wrong'
  | 'tooMany'
  | 'tooManyWait'
  | 'failed';

/** How the server refused a sign-in: 401 (wrong), 429 (too many, with the wait) or anything else. */
export interface SignInRefusal {
  status: number;
  retryAfterSeconds?: number | undefined;
}

/** Props of {@link SignInForm}. */
export interface SignInFormProps<Account> {
  /** Asks the server; resolves with the account (any role: the page decides what it may see). */
  signIn: (username: string, password: string) => Promise<Account>;
  /** The refusal inside an error `signIn` threw, or `undefined` for an error that is not one (rethrown). */
  refusalOf: (error: unknown) => SignInRefusal | undefined;
  onSignedIn: (account: Account) => void;
  /** The page's wording; `tooManyWait` gets `{ minutes }`. */
  text: (key: SignInText, values?: { minutes: number }) => string;
  /** Ids of the two controls: unique on the page (the error summary links to them). */
  ids: { username: string; password: string };
  /** The user name to start with (signing in again after the session expired). */
  initialUsername?: string;
  /** A lead paragraph inside the form that names it (`lead.id` labels the form). */
  lead?: { id: string; text: string };
}

type Credential = 'username' | 'password';
const credentials = [
  { key: 'username', autoComplete: 'username', type: 'text' },
  { key: 'password', autoComplete: 'current-password', type: 'password' },
] as const;

/** What went wrong: fields left empty, or the server's answer. */
type Outcome = { kind: 'missing'; fields: Credential[] } | ({ kind: 'refused' } & SignInRefusal);

/**
 * One accessible sign-in form for staff, shelters and HQ: checked on submit; a GOV.UK-style error
 * summary that takes focus and links to the field, and "エラー：" before the page title while it
 * shows a problem; a wrong password (401) told apart from too many attempts (429, with the wait in
 * minutes) and from no connection. The password is cleared after a refusal.
 */
export function SignInForm<Account>({
  signIn,
  refusalOf,
  onSignedIn,
  text,
  ids,
  initialUsername = '',
  lead,
}: SignInFormProps<Account>) {
  const [values, setValues] = useState<Record<Credential, string>>({
    username: initialUsername,
    password: '',
  });
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const [attempts, setAttempts] = useState(0);
  const [busy, setBusy] = useState(false);
  useErrorTitle(outcome !== undefined);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempts((count) => count + 1);
    const username = values.username.trim();
    const empty = credentials
      .map(({ key }) => key)
      .filter((key) => (key === 'username' ? !username : !values.password));
    if (empty.length > 0) {
      setOutcome({ kind: 'missing', fields: empty });
      return;
    }
    setBusy(true);
    try {
      const account = await signIn(username, values.password);
      setOutcome(undefined);
      onSignedIn(account);
    } catch (error) {
      const refusal = refusalOf(error);
      if (!refusal) throw error;
      setValues((previous) => ({ ...previous, password: '' }));
      setOutcome({ kind: 'refused', ...refusal });
    } finally {
      setBusy(false);
    }
  };

  const missing = outcome?.kind === 'missing' ? outcome.fields : [];
  const refused = outcome?.kind === 'refused' ? outcome : undefined;
  const missingText = (key: Credential) => text(`${key}Missing`);
  const summary = refused
    ? refused.status === 401
      ? [{ id: ids.username, message: text('wrong') }]
      : []
    : missing.map((key) => ({ id: ids[key], message: missingText(key) }));
  let notice: string | undefined;
  if (refused?.status === 429) {
    notice = refused.retryAfterSeconds
      ? text('tooManyWait', { minutes: Math.ceil(refused.retryAfterSeconds / 60) })
      : text('tooMany');
  } else if (refused && refused.status !== 401) {
    notice = text('failed');
  }

  return (
    <form
      noValidate
      onSubmit={submit}
      className="portal-sign-in"
      {...(lead ? { 'aria-labelledby': lead.id } : {})}
    >
      {lead && (
        <p id={lead.id} className="portal-lead">
          {lead.text}
        </p>
      )}
      {summary.length > 0 && <ErrorSummary errors={summary} focusKey={attempts} />}
      {notice && (
        <Notice tone="error" announce>
          {notice}
        </Notice>
      )}
      {credentials.map(({ key, ...input }) => (
        <Field
          key={key}
          id={ids[key]}
          label={text(key)}
          required
          error={missing.includes(key) ? missingText(key) : undefined}
        >
          <TextInput
            {...input}
            name={key}
            value={values[key]}
            onChange={(event) => {
              const { value } = event.target;
              setValues((previous) => ({ ...previous, [key]: value }));
            }}
            {...(key === 'username' ? { spellCheck: false, autoCapitalize: 'none' } : {})}
          />
        </Field>
      ))}
      <Button type="submit" loading={busy}>
        {text('submit')}
      </Button>
    </form>
  );
}
