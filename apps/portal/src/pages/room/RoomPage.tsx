import {
  type CreateVideoEngineOptions,
  VideoPanel,
  type VideoSessionDetails,
} from '@machi-dx/video-panel';
import '@machi-dx/video-panel/styles.css';
import { Notice, Spinner, useLocale } from '@machi-dx/ui';
import { useCallback, useEffect, useState } from 'react';
import { usePortalTranslator } from '../../intl';
import { Page } from '../../layout/Page';
import { keepLanguage, tokenFromHash } from '../booking/api';
import { useFullPageLoadsOut } from './fullPageLoads';

type RoomState =
  | { status: 'loading' }
  | { status: 'waiting'; opensAt: string }
  | { status: 'ready'; session: VideoSessionDetails; sdkAssets?: string }
  | { status: 'failed'; code: 'unauthorized' | 'closed' | 'cancelled' | 'forbidden' | 'error' };

// Retry at least this often while waiting, so a changed clock or window is noticed.
const maxWaitMs = 30_000;

async function requestToken(reference: string, token: string, locale: string): Promise<RoomState> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  // The resident proves the booking with its manage token; a specialist with the session cookie.
  if (token) headers.authorization = `Bearer ${token}`;
  let response: Response;
  try {
    response = await fetch('/api/v1/video/token', {
      method: 'POST',
      headers,
      credentials: 'same-origin',
      body: JSON.stringify({ reference, locale }),
    });
  } catch {
    return { status: 'failed', code: 'error' };
  }
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (response.ok) {
    // With ZOOM_SDK_ASSETS the server serves the SDK's assets itself (and its CSP allows no CDN).
    const { dependentAssets, ...session } = body;
    return {
      status: 'ready',
      session: session as unknown as VideoSessionDetails,
      ...(typeof dependentAssets === 'string' ? { sdkAssets: dependentAssets } : {}),
    };
  }
  if (response.status === 401) return { status: 'failed', code: 'unauthorized' };
  if (body.code === 'room_not_open' && typeof body.opensAt === 'string') {
    return { status: 'waiting', opensAt: body.opensAt };
  }
  if (body.code === 'room_closed') return { status: 'failed', code: 'closed' };
  if (body.code === 'booking_cancelled') return { status: 'failed', code: 'cancelled' };
  if (response.status === 403 || response.status === 404) {
    return { status: 'failed', code: 'forbidden' };
  }
  return { status: 'failed', code: 'error' };
}

/**
 * Demo mode shows the other side of the call as a simulated tile, so the room looks as it will.
 * Zoom loads its assets from this server when it serves them: an absolute URL, because the SDK's
 * workers start from `blob:` URLs, inside which a bare path may not resolve.
 */
function engineOptions(otherName: string, sdkAssets?: string): CreateVideoEngineOptions {
  return {
    simulated: { participants: [{ id: 'demo-other', name: otherName, speaking: true }] },
    ...(sdkAssets
      ? {
          zoom: {
            dependentAssets: new URL(sdkAssets, window.location.origin).href.replace(/\/$/, ''),
          },
        }
      : {}),
  };
}

/** `/consultation/room/{reference}`: waits for the window to open, then the video panel. */
export function RoomPage({ reference, siteName }: { reference: string; siteName: string }) {
  const t = usePortalTranslator();
  const { locale } = useLocale();
  const [token] = useState(() => tokenFromHash());
  const [state, setState] = useState<RoomState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  // Leaving loads the next page in full: it gets its own CSP, and the SDK is unloaded.
  useFullPageLoadsOut();

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` asks again on purpose.
  useEffect(() => {
    let live = true;
    requestToken(reference, token, locale).then((next) => live && setState(next));
    return () => {
      live = false;
    };
  }, [reference, token, locale, attempt]);

  useEffect(() => {
    if (state.status !== 'waiting') return;
    const wait = Math.max(1_000, Math.min(maxWaitMs, Date.parse(state.opensAt) - Date.now()));
    const timer = window.setTimeout(retry, wait);
    return () => window.clearTimeout(timer);
  }, [state, retry]);

  const opensAt =
    state.status === 'waiting'
      ? new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'ja-JP', {
          dateStyle: 'full',
          timeStyle: 'short',
        }).format(new Date(state.opensAt))
      : '';
  const bookAgain = <a href={keepLanguage('/consultation')}>{t('portal.room.bookAgain')}</a>;

  return (
    <Page title={t('portal.room.title')} siteName={siteName}>
      <p className="portal-muted">{t('portal.room.reference', { reference })}</p>
      {state.status === 'loading' && <Spinner label={t('portal.room.loading')} />}
      {state.status === 'waiting' && (
        <Notice tone="info" title={t('portal.room.waiting.title')}>
          <p>{t('portal.room.waiting.body', { time: opensAt })}</p>
          <p>{t('portal.room.waiting.retry')}</p>
        </Notice>
      )}
      {state.status === 'failed' && (
        <Notice tone="error" title={t(`portal.room.failed.${state.code}`)}>
          <p>{t(token ? 'portal.room.failed.residentHelp' : 'portal.room.failed.staffHelp')}</p>
        </Notice>
      )}
      {state.status === 'ready' && (
        <>
          {state.session.engine === 'simulated' && (
            <Notice tone="warning" title={t('portal.room.demo.title')}>
              {t('portal.room.demo.body')}
            </Notice>
          )}
          <VideoPanel
            key={state.session.sessionName}
            session={state.session}
            engineOptions={engineOptions(
              state.session.role === 'host'
                ? t('portal.room.demo.resident')
                : t('portal.room.demo.specialist'),
              state.sdkAssets,
            )}
            endedActions={<p>{bookAgain}</p>}
          />
        </>
      )}
      {state.status !== 'ready' && <p>{bookAgain}</p>}
    </Page>
  );
}
