import { Button, ErrorSummary, Field, Notice, TextInput } from '@machi-dx/ui';
import { type FormEvent, useState } from 'react';
import { useShelterPageTranslator } from './intl';
import { type ShelterAccount, ShelterAuthError, signIn } from './session';

type Problem = 'missing' | 'wrong' | 'tooMany' | 'network';

/** Props of {@link ShelterSignIn}. */
export interface ShelterSignInProps {
  /** Called with the account the server answered (any role: the page checks it). */
  onSignedIn: (account: ShelterAccount) => void;
  /** The code to start with (signing in again after the session expired). */
  initialCode?: string;
  /** Prefix of the control ids, so two sign-in forms never share ids. */
  idPrefix?: string;
}

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
  const [code, setCode] = useState(initialCode);
  const [passphrase, setPassphrase] = useState('');
  const [missing, setMissing] = useState<{ code?: string; passphrase?: string }>({});
  const [problem, setProblem] = useState<Problem | undefined>();
  const [retryAfter, setRetryAfter] = useState<number | undefined>();
  const [attempts, setAttempts] = useState(0);
  const [busy, setBusy] = useState(false);
  const codeId = `${idPrefix}-code`;
  const passphraseId = `${idPrefix}-passphrase`;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempts((count) => count + 1);
    const errors = {
      ...(code.trim() ? {} : { code: t('portal.shelter.signIn.codeMissing') }),
      ...(passphrase ? {} : { passphrase: t('portal.shelter.signIn.passphraseMissing') }),
    };
    setMissing(errors);
    if (errors.code || errors.passphrase) {
      setProblem('missing');
      return;
    }
    setBusy(true);
    try {
      const account = await signIn(code.trim(), passphrase);
      setProblem(undefined);
      onSignedIn(account);
    } catch (error) {
      if (!(error instanceof ShelterAuthError)) throw error;
      setPassphrase('');
      setRetryAfter(error.retryAfterSeconds);
      setProblem(error.status === 429 ? 'tooMany' : error.status === 401 ? 'wrong' : 'network');
    } finally {
      setBusy(false);
    }
  };

  const summary =
    problem === 'missing'
      ? [
          ...(missing.code ? [{ id: codeId, message: missing.code }] : []),
          ...(missing.passphrase ? [{ id: passphraseId, message: missing.passphrase }] : []),
        ]
      : problem === 'wrong'
        ? [{ id: codeId, message: t('portal.shelter.signIn.wrong') }]
        : [];

  return (
    <form noValidate onSubmit={submit} className="portal-sign-in">
      {summary.length > 0 && <ErrorSummary errors={summary} focusKey={attempts} />}
      {problem === 'tooMany' && (
        <Notice tone="error" announce>
          {retryAfter
            ? t('portal.shelter.signIn.tooManyWait', { minutes: Math.ceil(retryAfter / 60) })
            : t('portal.shelter.signIn.tooMany')}
        </Notice>
      )}
      {problem === 'network' && (
        <Notice tone="error" announce>
          {t('portal.shelter.signIn.failed')}
        </Notice>
      )}
      <Field id={codeId} label={t('portal.shelter.signIn.code')} required error={missing.code}>
        <TextInput
          name="username"
          autoComplete="username"
          value={code}
          onChange={(event) => setCode(event.target.value)}
          spellCheck={false}
          autoCapitalize="none"
        />
      </Field>
      <Field
        id={passphraseId}
        label={t('portal.shelter.signIn.passphrase')}
        required
        error={missing.passphrase}
      >
        <TextInput
          name="password"
          type="password"
          autoComplete="current-password"
          value={passphrase}
          onChange={(event) => setPassphrase(event.target.value)}
        />
      </Field>
      <Button type="submit" loading={busy}>
        {t('portal.shelter.signIn.submit')}
      </Button>
    </form>
  );
}
