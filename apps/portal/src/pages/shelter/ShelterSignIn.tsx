import { SignInForm, type SignInText } from '../../auth/SignInForm';
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

// A shelter's user name is its code, its password a passphrase.
const shelterWords: Partial<Record<SignInText, string>> = {
  username: 'code',
  password: 'passphrase',
  usernameMissing: 'codeMissing',
  passwordMissing: 'passphraseMissing',
};

/**
 * Sign-in with the shelter's code and passphrase (the shared {@link SignInForm}); a refusal with
 * status 0 (the server could not be reached) is told as no connection.
 */
export function ShelterSignIn({
  onSignedIn,
  initialCode = '',
  idPrefix = 'shelter-sign-in',
}: ShelterSignInProps) {
  const t = useShelterPageTranslator();
  return (
    <SignInForm
      signIn={signIn}
      refusalOf={(error) => (error instanceof ShelterAuthError ? error : undefined)}
      onSignedIn={onSignedIn}
      text={(key, values) => t(`portal.shelter.signIn.${shelterWords[key] ?? key}`, values)}
      ids={{ username: `${idPrefix}-code`, password: `${idPrefix}-passphrase` }}
      initialUsername={initialCode}
    />
  );
}
