import type { Outbox } from '@machi-dx/shelter-forms';
import { Notice } from '@machi-dx/ui';
import { useState } from 'react';
import { useShelterPageTranslator } from './intl';
import { ShelterSignIn } from './ShelterSignIn';
import { confirmShelter, isShelterAccount, type KnownShelter } from './session';

/**
 * The server answered a report with 401 (the session expired): sending is paused, nothing is lost.
 * Signing in again here, without leaving the page or the form, resumes sending.
 */
export function ShelterReauth({
  known,
  outbox,
  onKnownChange,
  onResumed,
}: {
  known: KnownShelter;
  outbox: Outbox;
  onKnownChange: (known: KnownShelter) => void;
  /** Signed in again: sending resumes. */
  onResumed: () => void;
}) {
  const t = useShelterPageTranslator();
  const [wrongAccount, setWrongAccount] = useState(false);
  return (
    <div className="portal-shelter-reauth">
      <Notice tone="warning" title={t('portal.shelter.reauth.title')}>
        {t('portal.shelter.reauth.body')}
      </Notice>
      {wrongAccount && (
        <Notice tone="error" announce headingLevel={3}>
          {t('portal.shelter.wrongRole.title')}
        </Notice>
      )}
      <ShelterSignIn
        idPrefix="shelter-reauth"
        initialCode={known.account.username}
        onSignedIn={(account) => {
          if (!isShelterAccount(account) || account.shelterId !== known.account.shelterId) {
            setWrongAccount(true);
            return;
          }
          setWrongAccount(false);
          onKnownChange(confirmShelter(account, known));
          onResumed();
          void outbox.sendNow();
        }}
      />
    </div>
  );
}
