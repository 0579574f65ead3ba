import type { Locale } from '@machi-dx/ui';
import { useEffect, useState } from 'react';

/** A text in every portal locale, as the API returns it. */
export type LocalizedText = Partial<Record<Locale, string>> & { ja: string };

/** The city and its offices, from `GET /api/v1/city`. */
export interface City {
  name: LocalizedText;
  sampleData: boolean;
  sites: { id: string; kind: 'main' | 'branch'; name: LocalizedText; address?: LocalizedText }[];
}

/** Loading state of the city info: the header and the consultation page both use it. */
export type CityState =
  | { status: 'loading' }
  | { status: 'ready'; city: City }
  | { status: 'error' };

/** Fetches the city once; pages render without it (the portal's own name stands in) until it arrives. */
export function useCity(): CityState {
  const [state, setState] = useState<CityState>({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    fetch('/api/v1/city', { signal: controller.signal, headers: { accept: 'application/json' } })
      .then(async (response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        setState({ status: 'ready', city: (await response.json()) as City });
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) {
          console.warn('[portal] could not load /api/v1/city', error);
          setState({ status: 'error' });
        }
      });
    return () => controller.abort();
  }, []);
  return state;
}

/** Picks the text for a locale, falling back to Japanese. */
export function localized(text: LocalizedText | undefined, locale: Locale): string {
  if (!text) return '';
  return text[locale] ?? text.ja;
}
