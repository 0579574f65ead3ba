import { createFetchBookingApi } from '@machi-dx/booking';

/** The portal's one booking client: the HTTP API on the same origin (`/api/v1`). */
export const bookingApi = createFetchBookingApi();

/** The manage page of a booking; the token sits in the fragment so it never reaches a server log. */
export function manageUrl(reference: string, token: string): string {
  return `/consultation/manage/${encodeURIComponent(reference)}#token=${encodeURIComponent(token)}`;
}

/** The video room of a booking; a resident's link carries the manage token in the fragment. */
export function roomUrl(reference: string, token?: string): string {
  const path = `/consultation/room/${encodeURIComponent(reference)}`;
  return token ? `${path}#token=${encodeURIComponent(token)}` : path;
}

/**
 * `url` with the page's `?lang=` added, for links that load a new document (the in-app router keeps
 * it by itself): a language chosen only in the URL would otherwise be lost on the way.
 */
export function keepLanguage(url: string, search: string = window.location.search): string {
  const lang = new URLSearchParams(search).get('lang');
  if (!lang) return url;
  const hashAt = url.indexOf('#');
  const path = hashAt === -1 ? url : url.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : url.slice(hashAt);
  return `${path}${path.includes('?') ? '&' : '?'}lang=${encodeURIComponent(lang)}${hash}`;
}

/** The manage token from `location.hash` (`#token=…`), or an empty string. */
export function tokenFromHash(hash: string = window.location.hash): string {
  return new URLSearchParams(hash.replace(/^#/, '')).get('token') ?? '';
}

/** The reference in a path under `prefix` (`/consultation/manage/UWJ-…` → `UWJ-…`). */
export function referenceIn(path: string, prefix: string): string | undefined {
  if (!path.startsWith(prefix)) return undefined;
  const rest = path.slice(prefix.length).replace(/\/+$/, '');
  if (!rest || rest.includes('/')) return undefined;
  try {
    return decodeURIComponent(rest);
  } catch {
    return undefined;
  }
}

/** One session of a specialist's schedule. */
export type StaffBooking = Awaited<ReturnType<typeof bookingApi.staff.schedule>>[number];
