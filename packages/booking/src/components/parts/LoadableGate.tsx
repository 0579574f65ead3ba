import { Spinner } from '@machi-dx/ui';
import type { ReactNode } from 'react';
import type { BookingApiError } from '../../core/api/error';
import type { Loadable } from '../../core/flow/types';
import { ApiErrorNotice } from './ApiErrorNotice';
import type { HeadingLevel } from './Heading';

/** Props of {@link LoadableGate}. */
export interface LoadableGateProps<T> {
  loadable: Loadable<T>;
  /** What the spinner says while loading. */
  loadingLabel: string;
  onRetry?: (() => void) | undefined;
  headingLevel?: HeadingLevel | undefined;
  /** Renders a particular error differently (e.g. "sign in" for a 401); undefined for the default. */
  renderError?: ((error: BookingApiError) => ReactNode | undefined) | undefined;
  children: (data: T) => ReactNode;
}

/** Internal: a spinner while loading, an error with "try again", else the content for the data. */
export function LoadableGate<T>({
  loadable,
  loadingLabel,
  onRetry,
  headingLevel,
  renderError,
  children,
}: LoadableGateProps<T>) {
  if (loadable.status === 'success') return <>{children(loadable.data)}</>;
  if (loadable.status === 'error') {
    const custom = renderError?.(loadable.error);
    if (custom !== undefined) return <>{custom}</>;
    return <ApiErrorNotice error={loadable.error} onRetry={onRetry} headingLevel={headingLevel} />;
  }
  return <Spinner announce label={loadingLabel} />;
}
