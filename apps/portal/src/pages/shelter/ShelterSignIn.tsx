import { Button, ErrorSummary, Field, Notice, TextInput } from '@machi-dx/ui';
import { type FormEvent, useState } from 'react';
import { useShelterPageTranslator } from './intl';
import { type ShelterAccount, ShelterAuthError, signIn } from './session';

/** Props of {@link ShelterSignIn}. */
export interface ShelterSignInProps {
  /** Called with the account the server answered (any role: the page checks it). */
  onSignedIn: (account: ShelterAccount) => void;
  /** The code to start with (signing in again after the session expired). */
  initialCode?: string;
  /** Prefix of the control ids, so two sign-in forms never share ids. */
  idPrefix?: string;
}

type Credential = 'code' | 'passphrase';
const credentials = [
  { key: 'code', name: 'username', autoComplete: 'username', type: 'text' },
  { key: 'passphrase', name: 'password', autoComplete: 'current-password', type: 'password' },
] as const;

/** What went wrong: fields left empty, or the server's answer. */
type Outcome =
  | { kind: 'missing'; fields: Credential[] }
  | { kind: 'refused'; status: number; retryAfterSeconds?: number | undefined };

/**
 * Sign-in with the shelter's code and passphrase: checked on submit, an error summary that takes
 * focus and links to the field, a wrong passphrase (401) told apart from too many attempts (429)
 * and from no connection.
 */
export function ShelterSignIn({
  onSignedIn,
  initialCode = '',
  idPrefix = 'shelter-sign-in',
}: ShelterSignInProps) {
  const t = useShelterPageTranslator();
  const [values, setValues] = useState<Record<Credential, string>>({
    code: initialCode,
    passphrase: '',
  });
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const [attempts, setAttempts] = useState(0);
  const [busy, setBusy] = useState(false);
  const idOf = (key: Credential) => `${idPrefix}-${key}`;
  const missingText = (key: Credential) =>
    t(
      key === 'code'
        ? 'portal.shelter.signIn.codeMissing'
        : 'portal.shelter.signIn.passphraseMissing',
    );

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempts((count) => count + 1);
    const code = values.code.trim();
    const empty = credentials
      .map(({ key }) => key)
      .filter((key) => (key === 'code' ? !code : !values.passphrase));
    if (empty.length > 0) {
      setOutcome({ kind: 'missing', fields: empty });
      return;
    }
    setBusy(true);
    try {
      const account = await signIn(code, values.passphrase);
      setOutcome(undefined);
      onSignedIn(account);
    } catch (error) {
      if (!(error instanceof ShelterAuthError)) throw error;
      setValues((previous) => ({ ...previous, passphrase: '' }));
      setOutcome({
        kind: 'refused',
        status: error.status,
        retryAfterSeconds: error.retryAfterSeconds,
      });
    } finally {
      setBusy(false);
    }
  };

  const missing = outcome?.kind === 'missing' ? outcome.fields : [];
  const refused = outcome?.kind === 'refused' ? outcome : undefined;
  const summary = refused
    ? refused.status === 401
      ? [{ id: idOf('code'), message: t('portal.shelter.signIn.wrong') }]
      : []
    : missing.map((key) => ({ id: idOf(key), message: missingText(key) }));
  let notice: string | undefined;
  if (refused?.status === 429) {
    notice = refused.retryAfterSeconds
      ? t('portal.shelter.signIn.tooManyWait', {
          minutes: Math.ceil(refused.retryAfterSeconds / 60),
        })
      : t('portal.shelter.signIn.tooMany');
  } else if (refused && refused.status !== 401) {
    notice = t('portal.shelter.signIn.failed');
  }

  return (
    <form noValidate onSubmit={submit} className="portal-sign-in">
      {summary.length > 0 && <ErrorSummary errors={summary} focusKey={attempts} />}
      {notice && (
        <Notice tone="error" announce>
          {notice}
        </Notice>
      )}
      {credentials.map(({ key, ...input }) => (
        <Field
          key={key}
          id={idOf(key)}
          label={t(`portal.shelter.signIn.${key}`)}
          required
          error={missing.includes(key) ? missingText(key) : undefined}
        >
          <TextInput
            {...input}
            value={values[key]}
            onChange={(event) => {
              const { value } = event.target;
              setValues((previous) => ({ ...previous, [key]: value }));
            }}
            {...(key === 'code' ? { spellCheck: false, autoCapitalize: 'none' } : {})}
          />
        </Field>
      ))}
      <Button type="submit" loading={busy}>
        {t('portal.shelter.signIn.submit')}
      </Button>
    </form>
  );
}
