import { type HqAccount, type HqClient, isHqApiError } from '@machi-dx/shelter-forms';
import { Button, ErrorSummary, Field, Notice, TextInput, useErrorTitle } from '@machi-dx/ui';
import { type FormEvent, useState } from 'react';
import { useHqPageTranslator } from './intl';

type Problem = 'missing' | 'wrong' | 'tooMany' | 'network';

/**
 * HQ sign-in (the same login as staff and shelters): checked on submit with a GOV.UK-style
 * summary; a wrong password (401) and too many attempts (429, with the wait) are told apart.
 * Any account that signs in is handed up: the page decides whether it may see the board.
 */
export function HqSignIn({
  client,
  onSignedIn,
}: {
  client: HqClient;
  onSignedIn: (account: HqAccount) => void;
}) {
  const t = useHqPageTranslator();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<{ username?: string; password?: string }>({});
  const [problem, setProblem] = useState<Problem | undefined>();
  const [retryAfter, setRetryAfter] = useState<number | undefined>();
  const [submits, setSubmits] = useState(0);
  const [busy, setBusy] = useState(false);
  // GOV.UK: the page title starts with "エラー：" while the form shows a problem.
  useErrorTitle(problem !== undefined);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmits((count) => count + 1);
    const errors = {
      ...(username.trim() ? {} : { username: t('portal.hq.signIn.usernameMissing') }),
      ...(password ? {} : { password: t('portal.hq.signIn.passwordMissing') }),
    };
    setMissing(errors);
    if (errors.username || errors.password) {
      setProblem('missing');
      return;
    }
    setBusy(true);
    try {
      onSignedIn(await client.signIn(username.trim(), password));
    } catch (error) {
      if (!isHqApiError(error)) throw error;
      setPassword('');
      setRetryAfter(error.retryAfterSeconds);
      setProblem(error.status === 429 ? 'tooMany' : error.status === 401 ? 'wrong' : 'network');
    } finally {
      setBusy(false);
    }
  };

  const errors =
    problem === 'missing'
      ? (['username', 'password'] as const).flatMap((name) => {
          const message = missing[name];
          return message ? [{ id: `hq-${name}`, message }] : [];
        })
      : problem === 'wrong'
        ? [{ id: 'hq-username', message: t('portal.hq.signIn.wrong') }]
        : [];

  return (
    <form noValidate onSubmit={submit} className="portal-sign-in" aria-labelledby="hq-sign-in">
      <p id="hq-sign-in" className="portal-lead">
        {t('portal.hq.signIn.lead')}
      </p>
      {errors.length > 0 && <ErrorSummary errors={errors} focusKey={submits} />}
      {(problem === 'tooMany' || problem === 'network') && (
        <Notice tone="error" announce>
          {problem === 'network'
            ? t('portal.hq.signIn.failed')
            : retryAfter
              ? t('portal.hq.signIn.tooManyWait', { minutes: Math.ceil(retryAfter / 60) })
              : t('portal.hq.signIn.tooMany')}
        </Notice>
      )}
      <Field
        id="hq-username"
        label={t('portal.hq.signIn.username')}
        required
        error={missing.username}
      >
        <TextInput
          name="username"
          autoComplete="username"
          value={username}
          onChange={(event) => setUsername(event.target.value)}
          spellCheck={false}
          autoCapitalize="none"
        />
      </Field>
      <Field
        id="hq-password"
        label={t('portal.hq.signIn.password')}
        required
        error={missing.password}
      >
        <TextInput
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
      </Field>
      <Button type="submit" loading={busy}>
        {t('portal.hq.signIn.submit')}
      </Button>
    </form>
  );
}
