import {
  type HqClient,
  type HqEvent,
  type HqShelter,
  isHqApiError,
  ShelterBoard,
  ShelterDetail,
  ShelterMap,
  SupplyRequestQueue,
  type SupplyRequestStatus,
  TotalsPanel,
  useHqBoardData,
  useHqTranslator,
} from '@machi-dx/shelter-forms';
import { Button, type Locale, Notice, Spinner, type Translate, useLocale } from '@machi-dx/ui';
import { useEffect, useRef, useState } from 'react';
import { HqExport } from './HqExport';
import { useHqPageTranslator } from './intl';

/** "12:03" in Tokyo time. */
function clock(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'ja-JP', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Asia/Tokyo',
  }).format(new Date(iso));
}

/** What a live event says, in words. */
function describe(
  event: HqEvent,
  shelters: readonly HqShelter[],
  t: Translate,
  names: Translate,
): string {
  if (event.type === 'shelters_imported') return t('portal.hq.announce.imported');
  const shelterId = event.data.shelterId;
  const shelter =
    shelters.find((candidate) => candidate.nationalShelterId === shelterId)?.name ?? shelterId;
  if (event.type === 'photo_received') return t('portal.hq.announce.photo', { shelter });
  return event.type === 'report_received'
    ? t('portal.hq.announce.report', {
        shelter,
        kind: names(`shelter.reportKind.${event.data.kind}`),
      })
    : t('portal.hq.announce.supply', {
        shelter,
        status: names(`shelter.supplyRequestStatus.${event.data.status}`),
      });
}

/**
 * The HQ board, live: connection state, totals, every shelter, the open shelter's reports, the
 * supply request queue and the exports. Live changes are announced politely and never move focus;
 * only opening and closing a shelter's details does, because the user asked for it.
 */
export function HqBoard({
  client,
  onSessionEnded,
}: {
  client: HqClient;
  onSessionEnded: () => void;
}) {
  const t = useHqPageTranslator();
  const names = useHqTranslator();
  const { locale } = useLocale();
  const { store, snapshot } = useHqBoardData(client);
  const [announcement, setAnnouncement] = useState('');
  const [refusal, setRefusal] = useState<string | undefined>();
  const ownMoves = useRef(new Set<string>());
  const opener = useRef<HTMLElement | null>(null);
  const detailHeading = useRef<HTMLHeadingElement>(null);
  const { connection, error, lastEvent, selected, shelters } = snapshot;

  const ended = error?.status === 401 || connection === 'signed_out';
  useEffect(() => {
    if (ended) onSessionEnded();
  }, [ended, onSessionEnded]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: announce each event once, when it arrives
  useEffect(() => {
    if (!lastEvent) return;
    const { event } = lastEvent;
    if (event.type === 'supply_request_status_changed') {
      const key = `${event.data.id}:${event.data.status}`;
      if (ownMoves.current.delete(key)) return;
    }
    setAnnouncement(describe(event, shelters, t, names));
  }, [lastEvent]);

  const selectedShelter = selected
    ? shelters.find((shelter) => shelter.nationalShelterId === selected.shelterId)
    : undefined;
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus moves when another shelter is opened
  useEffect(() => {
    if (selected) detailHeading.current?.focus();
  }, [selected?.shelterId]);

  const open = (shelterId: string) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    store.select(shelterId);
  };
  const close = () => {
    store.select(undefined);
    if (opener.current?.isConnected) opener.current.focus();
  };
  const advance = async (id: string, status: SupplyRequestStatus) => {
    setRefusal(undefined);
    ownMoves.current.add(`${id}:${status}`);
    try {
      await store.advanceSupplyRequest(id, status);
    } catch (failure) {
      ownMoves.current.delete(`${id}:${status}`);
      if (isHqApiError(failure)) {
        const words = failure.localizedMessage;
        setRefusal(
          t('portal.hq.supply.refused', {
            message: words ? (locale === 'en' ? words.en : words.ja) : '',
          }),
        );
      }
      throw failure;
    }
  };

  if (snapshot.status === 'loading' || (snapshot.status === 'idle' && shelters.length === 0)) {
    return <Spinner label={t('portal.hq.loading')} />;
  }
  return (
    <div className="portal-hq">
      <div className="portal-hq__live">
        <p role="status" className="portal-hq__connection" data-state={connection}>
          {t(`portal.hq.connection.${connection}`)}
          {snapshot.updatedAt && (
            <span className="portal-muted">
              {' '}
              {t('portal.hq.updatedAt', { time: clock(snapshot.updatedAt, locale) })}
            </span>
          )}
        </p>
        <p role="status" className="portal-hq__announcement">
          {announcement}
        </p>
        <Button type="button" variant="secondary" size="sm" onClick={() => void store.refresh()}>
          {t('portal.hq.reload')}
        </Button>
      </div>
      {snapshot.status === 'error' && !ended && (
        <Notice tone="error">{t('portal.hq.loadFailed')}</Notice>
      )}
      {snapshot.overview && <TotalsPanel overview={snapshot.overview} onSelectShelter={open} />}
      <section aria-labelledby="hq-shelters" className="portal-hq__section">
        <h2 id="hq-shelters">{t('portal.hq.sheltersTitle')}</h2>
        <ShelterBoard
          shelters={shelters}
          staleAfterMinutes={snapshot.staleAfterMinutes}
          onSelectShelter={open}
        />
        {/* Optional and tile-free: the table above stays the full view. */}
        <details className="portal-hq__map">
          <summary>{t('portal.hq.map')}</summary>
          <ShelterMap
            shelters={shelters}
            staleAfterMinutes={snapshot.staleAfterMinutes}
            onSelect={open}
          />
        </details>
      </section>
      {selected && (
        <section aria-labelledby="hq-detail" className="portal-hq__section portal-hq__detail">
          <h2 id="hq-detail" ref={detailHeading} tabIndex={-1}>
            {t('portal.hq.detail.title', { shelter: selectedShelter?.name ?? selected.shelterId })}
          </h2>
          <Button type="button" variant="secondary" size="sm" onClick={close}>
            {t('portal.hq.detail.close')}
          </Button>
          {selected.status === 'loading' && <Spinner label={t('portal.hq.detail.loading')} />}
          {selected.status === 'error' && (
            <Notice tone="error">{t('portal.hq.detail.failed')}</Notice>
          )}
          {selectedShelter && selected.status === 'ready' && (
            <ShelterDetail
              shelter={selectedShelter}
              reports={selected.reports}
              staleAfterMinutes={snapshot.staleAfterMinutes}
              headingLevel={3}
            />
          )}
        </section>
      )}
      <div className="portal-hq__section">
        {refusal && <Notice tone="error">{refusal}</Notice>}
        <SupplyRequestQueue requests={snapshot.supplyRequests} onAdvance={advance} />
      </div>
      <HqExport client={client} />
    </div>
  );
}
