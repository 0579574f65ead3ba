import { isBookingApiError, type StaffUser } from '@machi-dx/booking';
import { SignInForm } from '../../auth/SignInForm';
import { usePortalTranslator } from '../../intl';
import { bookingApi } from './api';

const ids = { username: 'staff-username', password: 'staff-password' };

/** The staff sign-in form (the shared {@link SignInForm}, in the staff page's words). */
export function StaffSignIn({ onSignedIn }: { onSignedIn: (user: StaffUser) => void }) {
  const t = usePortalTranslator();
  return (
    <SignInForm
      signIn={(username, password) => bookingApi.staff.login({ username, password })}
      refusalOf={(error) => (isBookingApiError(error) ? error : undefined)}
      onSignedIn={onSignedIn}
      text={(key, values) => t(`portal.staff.signIn.${key}`, values)}
      ids={ids}
    />
  );
}
