import '@machi-dx/shelter-forms/styles.css';
import './hq.css';
import { type HqAccount, type HqClient, isHqApiError } from '@machi-dx/shelter-forms';
import { Button, Notice, Spinner } from '@machi-dx/ui';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Page } from '../../layout/Page';
import { Link } from '../../router';
import { hqClient } from './api';
import { HqBoard } from './HqBoard';
import { HqSignIn } from './HqSignIn';
import { useHqPageTranslator } from './intl';

type Session =
  | { status: 'checking' }
  | { status: 'signedOut'; expired: boolean }
  | { status: 'signedIn'; account: HqAccount };

/**
 * `/hq`: the disaster response HQ signs in and gets the board, live. A shelter (or staff) account
 * is told plainly that this page is for HQ, and where to go instead.
 */
export function HqPage({ siteName, client = hqClient }: { siteName: string; client?: HqClient }) {
  const t = useHqPageTranslator();
  const [session, setSession] = useState<Session>({ status: 'checking' });
  const [signOutFailed, setSignOutFailed] = useState(false);
  const focusTitle = useRef(false);

  useEffect(() => {
    let live = true;
    client.me().then(
      (account) => live && setSession({ status: 'signedIn', account }),
      () => live && setSession({ status: 'signedOut', expired: false }),
    );
    return () => {
      live = false;
    };
  }, [client]);

  // The form that had focus is gone after signing in or out: the new title takes it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the session changes
  useEffect(() => {
    if (!focusTitle.current) return;
    focusTitle.current = false;
    document.querySelector<HTMLElement>('.portal-page-title')?.focus();
  }, [session]);

  const signedIn = (account: HqAccount) => {
    focusTitle.current = true;
    setSession({ status: 'signedIn', account });
  };
  const sessionEnded = useCallback(() => setSession({ status: 'signedOut', expired: true }), []);
  const signOut = async () => {
    try {
      await client.signOut();
      setSignOutFailed(false);
      focusTitle.current = true;
      setSession({ status: 'signedOut', expired: false });
    } catch (error) {
      if (!isHqApiError(error)) throw error;
      setSignOutFailed(true);
    }
  };

  const account = session.status === 'signedIn' ? session.account : undefined;
  const isHq = account?.role === 'hq';
  const title = account
    ? t(isHq ? 'portal.hq.title' : 'portal.hq.notHq.title')
    : t('portal.hq.signIn.title');

  return (
    <Page title={title} siteName={siteName}>
      {session.status === 'checking' && <Spinner label={t('portal.hq.checking')} />}
      {session.status === 'signedOut' && (
        <>
          {session.expired && <Notice tone="warning">{t('portal.hq.sessionEnded')}</Notice>}
          <HqSignIn client={client} onSignedIn={signedIn} />
        </>
      )}
      {account && (
        <div className="portal-hq__account">
          <p>{t('portal.hq.signedInAs', { name: account.displayName || account.username })}</p>
          <Button type="button" variant="secondary" onClick={signOut}>
            {t('portal.hq.signOut')}
          </Button>
        </div>
      )}
      {signOutFailed && <Notice tone="error">{t('portal.hq.signOutFailed')}</Notice>}
      {account && !isHq && (
        <>
          <p>{t('portal.hq.notHq.body', { name: account.displayName || account.username })}</p>
          {account.role === 'shelter' && (
            <Link href="/shelter">{t('portal.hq.notHq.shelterLink')}</Link>
          )}
        </>
      )}
      {isHq && <HqBoard client={client} onSessionEnded={sessionEnded} />}
    </Page>
  );
}
