import { Button, I18nProvider, isLocale, type Locale, useTranslator } from '@machi-dx/ui';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { isEntryInProgress, subscribeEntry } from './entryGuard';
import { updateCatalogs } from './intl';
import type { ServiceWorkerUpdates } from './register';
import './update-banner.css';

/** The portal's locale as usePortalLocale keeps it: `?lang=`, then this device's choice. */
function portalLocale(): Locale {
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  if (isLocale(fromUrl)) return fromUrl;
  try {
    const stored = window.localStorage.getItem('machi-dx:locale');
    if (isLocale(stored)) return stored;
  } catch {
    // Storage blocked: Japanese.
  }
  return 'ja';
}

/** Whether someone is entering something; rechecked now and then for forms that went away. */
function useEntryInProgress(): boolean {
  const [busy, setBusy] = useState(isEntryInProgress);
  useEffect(() => {
    const check = () => setBusy(isEntryInProgress());
    const unsubscribe = subscribeEntry(check);
    const timer = setInterval(check, 2000);
    return () => {
      unsubscribe();
      clearInterval(timer);
    };
  }, []);
  return busy;
}

/** Re-renders when the page's language changes (the `lang` attribute usePortalLocale sets). */
function useLocaleChanges(): Locale {
  const [locale, setLocale] = useState(portalLocale);
  useEffect(() => {
    const observer = new MutationObserver(() => setLocale(portalLocale()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    return () => observer.disconnect();
  }, []);
  return locale;
}

function Banner({ updates }: { updates: ServiceWorkerUpdates }) {
  const t = useTranslator(updateCatalogs);
  const state = useSyncExternalStore(updates.subscribe, updates.getSnapshot);
  const busy = useEntryInProgress();
  const [later, setLater] = useState(false);
  // Never while someone is entering something: the reload would take the form away mid-entry.
  const shown = state.waiting && !later && (!busy || state.applying);
  return (
    <section aria-label={t('portal.update.label')} className="portal-update" data-shown={shown}>
      <div role="status">
        {shown && (
          <div className="portal-update__inner">
            <p className="portal-update__text">
              <strong>{t('portal.update.title')}</strong> {t('portal.update.body')}
            </p>
            <div className="portal-update__actions">
              <Button size="sm" loading={state.applying} onClick={() => updates.apply()}>
                {state.applying ? t('portal.update.applying') : t('portal.update.apply')}
              </Button>
              <Button size="sm" variant="tertiary" onClick={() => setLater(true)}>
                {t('portal.update.later')}
              </Button>
            </div>
          </div>
        )}
      </div>
    </section>
  );
}

/**
 * "新しい版があります — 更新": offered when a new service worker waits, never while a form has
 * input that was not submitted; 更新 applies it (skipWaiting) and reloads. Rendered in its own
 * root, so it follows the portal's language from the URL, this device's choice and `lang`.
 */
export function UpdateBanner({ updates }: { updates: ServiceWorkerUpdates }) {
  const locale = useLocaleChanges();
  return (
    <I18nProvider locale={locale}>
      <Banner updates={updates} />
    </I18nProvider>
  );
}
