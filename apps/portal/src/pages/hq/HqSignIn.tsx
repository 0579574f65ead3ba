import { type HqAccount, type HqClient, isHqApiError } from '@machi-dx/shelter-forms';
import { SignInForm } from '../../auth/SignInForm';
import { useHqPageTranslator } from './intl';

const ids = { username: 'hq-username', password: 'hq-password' };

/**
 * HQ sign-in (the same login as staff and shelters, the shared {@link SignInForm}). Any account
 * that signs in is handed up: the page decides whether it may see the board.
 */
export function HqSignIn({
  client,
  onSignedIn,
}: {
  client: HqClient;
  onSignedIn: (account: HqAccount) => void;
}) {
  const t = useHqPageTranslator();
  return (
    <SignInForm
      signIn={(username, password) => client.signIn(username, password)}
      refusalOf={(error) => (isHqApiError(error) ? error : undefined)}
      onSignedIn={onSignedIn}
      text={(key, values) => t(`portal.hq.signIn.${key}`, values)}
      ids={ids}
      lead={{ id: 'hq-sign-in', text: t('portal.hq.signIn.lead') }}
    />
  );
}
