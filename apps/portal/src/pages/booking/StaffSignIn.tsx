import { isBookingApiError, type StaffUser } from '@machi-dx/booking';
import { Button, ErrorSummary, Field, Notice, TextInput, useErrorTitle } from '@machi-dx/ui';
import { type FormEvent, useState } from 'react';
import { usePortalTranslator } from '../../intl';
import { bookingApi } from './api';

type Problem = 'missing' | 'wrong' | 'tooMany' | 'network';

/** The staff sign-in form: validated on submit, GOV.UK-style summary, 401 and 429 told apart. */
export function StaffSignIn({ onSignedIn }: { onSignedIn: (user: StaffUser) => void }) {
  const t = usePortalTranslator();
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
      ...(username.trim() ? {} : { username: t('portal.staff.signIn.usernameMissing') }),
      ...(password ? {} : { password: t('portal.staff.signIn.passwordMissing') }),
    };
    setMissing(errors);
    if (errors.username || errors.password) {
      setProblem('missing');
      return;
    }
    setBusy(true);
    try {
      const user = await bookingApi.staff.login({ username: username.trim(), password });
      onSignedIn(user);
    } catch (error) {
      if (!isBookingApiError(error)) throw error;
      setPassword('');
      setRetryAfter(error.retryAfterSeconds);
      setProblem(error.status === 429 ? 'tooMany' : error.status === 401 ? 'wrong' : 'network');
    } finally {
      setBusy(false);
    }
  };

  const summary =
    problem === 'missing'
      ? [
          ...(missing.username ? [{ id: 'staff-username', message: missing.username }] : []),
          ...(missing.password ? [{ id: 'staff-password', message: missing.password }] : []),
        ]
      : problem === 'wrong'
        ? [{ id: 'staff-username', message: t('portal.staff.signIn.wrong') }]
        : [];

  return (
    <form noValidate onSubmit={submit} className="portal-sign-in">
      {summary.length > 0 && <ErrorSummary errors={summary} focusKey={submits} />}
      {problem === 'tooMany' && (
        <Notice tone="error" announce>
          {retryAfter
            ? t('portal.staff.signIn.tooManyWait', { minutes: Math.ceil(retryAfter / 60) })
            : t('portal.staff.signIn.tooMany')}
        </Notice>
      )}
      {problem === 'network' && (
        <Notice tone="error" announce>
          {t('portal.staff.signIn.failed')}
        </Notice>
      )}
      <Field
        id="staff-username"
        label={t('portal.staff.signIn.username')}
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
        id="staff-password"
        label={t('portal.staff.signIn.password')}
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
        {t('portal.staff.signIn.submit')}
      </Button>
    </form>
  );
}
