import type { ReactNode } from 'react';
import { RoomPage } from '../room/RoomPage';
import { referenceIn } from './api';
import { ManagePage } from './ManagePage';

/** The pages with a booking reference in their path; `undefined` for any other path. */
export function bookingRoute(path: string, siteName: string): ReactNode | undefined {
  const manage = referenceIn(path, '/consultation/manage/');
  if (manage) return <ManagePage reference={manage} siteName={siteName} />;
  const room = referenceIn(path, '/consultation/room/');
  if (room) return <RoomPage reference={room} siteName={siteName} />;
  return undefined;
}
