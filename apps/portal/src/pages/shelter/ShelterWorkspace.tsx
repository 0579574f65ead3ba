import { OutboxStatus, type ReportKind, StorageStatus, useOutbox } from '@machi-dx/shelter-forms';
import { Button, Notice } from '@machi-dx/ui';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useShelterPageTranslator } from './intl';
import { latestStatus, nextStatusReport } from './latestStatus';
import { shelterOutbox } from './outbox';
import { ReportChooser } from './ReportChooser';
import { ReportEditor } from './ReportEditor';
import { ShelterReauth } from './ShelterReauth';
import {
  fetchLatestStatus,
  fetchShelterName,
  type KnownShelter,
  ShelterAuthError,
  saveKnownShelter,
  signOut,
} from './session';

type Editing = { kind: ReportKind; draftId?: string; initialData?: object; generation: number };

/** Props of {@link ShelterWorkspace}. */
export interface ShelterWorkspaceProps {
  known: KnownShelter;
  /** `/auth/me` could not be reached: working from the shelter last known on this device. */
  offline: boolean;
  onKnownChange: (known: KnownShelter) => void;
  onSignedOut: () => void;
}

/** The signed-in shelter: which shelter, the report chooser and forms, the outbox and storage. */
export function ShelterWorkspace({
  known,
  offline,
  onKnownChange,
  onSignedOut,
}: ShelterWorkspaceProps) {
  const t = useShelterPageTranslator();
  const outbox = shelterOutbox();
  const snapshot = useOutbox(outbox);
  const { shelterId } = known.account;
  const [editing, setEditing] = useState<Editing | undefined>();
  const [closedKind, setClosedKind] = useState<ReportKind | undefined>();
  const [signOutFailed, setSignOutFailed] = useState(false);
  const [message, setMessage] = useState('');

  // Name and last status from the server when it answers; the stored copies serve offline.
  const current = useRef({ known, onKnownChange });
  current.current = { known, onKnownChange };
  useEffect(() => {
    let live = true;
    Promise.all([
      fetchShelterName(shelterId).catch(() => undefined),
      fetchLatestStatus(shelterId).catch(() => undefined),
    ]).then(([shelterName, lastStatus]) => {
      if (!live || (shelterName === undefined && lastStatus === undefined)) return;
      const next: KnownShelter = {
        ...current.current.known,
        ...(shelterName ? { shelterName } : {}),
        ...(lastStatus ? { lastStatus } : {}),
      };
      saveKnownShelter(next);
      current.current.onKnownChange(next);
    });
    return () => {
      live = false;
    };
  }, [shelterId]);

  const last = latestStatus(snapshot, shelterId, known.lastStatus);
  const drafts = useMemo(
    () =>
      new Set(
        snapshot.entries
          .filter((entry) => entry.shelterId === shelterId && entry.status === 'draft')
          .filter((entry) => !entry.report.supersedes)
          .map((entry) => entry.report.kind),
      ),
    [snapshot.entries, shelterId],
  );

  const open = (kind: ReportKind, draftId?: string) => {
    // An unfinished draft of this kind is resumed rather than a second one started.
    const draft =
      draftId ??
      snapshot.entries.find(
        (entry) =>
          entry.shelterId === shelterId &&
          entry.status === 'draft' &&
          entry.report.kind === kind &&
          !entry.report.supersedes,
      )?.id;
    const initialData = kind === 'status' && !draft ? nextStatusReport(last) : undefined;
    setEditing((previous) => ({
      kind,
      ...(draft ? { draftId: draft } : {}),
      ...(initialData ? { initialData } : {}),
      generation: (previous?.generation ?? 0) + 1,
    }));
  };

  const leave = async () => {
    try {
      await signOut();
    } catch (error) {
      if (!(error instanceof ShelterAuthError)) throw error;
      setSignOutFailed(true);
      return;
    }
    onSignedOut();
  };

  return (
    <div className="portal-shelter">
      <section aria-labelledby="shelter-which" className="portal-shelter-which">
        <h2 id="shelter-which" className="portal-shelter-which__label">
          {t('portal.shelter.shelterLabel')}
        </h2>
        <p className="portal-shelter-which__name">
          {known.shelterName ?? t('portal.shelter.shelterUnnamed')}
        </p>
        <p className="portal-shelter-which__meta">
          {t('portal.shelter.shelterId', { id: shelterId })}
          {' / '}
          {t('portal.shelter.signedInAs', { name: known.account.displayName })}
        </p>
        {snapshot.unsent > 0 && (
          <p className="portal-shelter-which__meta">
            {t('portal.shelter.signOutUnsent', { count: snapshot.unsent })}
          </p>
        )}
        {signOutFailed && (
          <Notice tone="error" announce headingLevel={3}>
            {t('portal.shelter.signOutFailed')}
          </Notice>
        )}
        <Button type="button" variant="secondary" size="sm" onClick={leave}>
          {t('portal.shelter.signOut')}
        </Button>
      </section>
      {offline && (
        <Notice tone="warning" title={t('portal.shelter.offline.title')}>
          {t('portal.shelter.offline.body')}
        </Notice>
      )}
      {snapshot.paused === 'unauthorized' && (
        <ShelterReauth
          known={known}
          outbox={outbox}
          onKnownChange={onKnownChange}
          onResumed={() => setMessage(t('portal.shelter.reauth.done'))}
        />
      )}
      <p role="status" className="portal-shelter__message">
        {message}
      </p>
      <section aria-labelledby="shelter-write" className="portal-shelter-write">
        <h2 id="shelter-write">{t('portal.shelter.chooser.title')}</h2>
        {editing ? (
          <ReportEditor
            key={editing.generation}
            kind={editing.kind}
            outbox={outbox}
            shelterId={shelterId}
            draftId={editing.draftId}
            initialData={editing.initialData}
            onBack={() => {
              setClosedKind(editing.kind);
              setEditing(undefined);
            }}
          />
        ) : (
          <ReportChooser
            nextStatusSequence={
              typeof last?.reportSequence === 'number' ? last.reportSequence + 1 : 1
            }
            drafts={drafts}
            focusKind={closedKind}
            onChoose={(kind) => open(kind)}
          />
        )}
      </section>
      <OutboxStatus
        outbox={outbox}
        shelterId={shelterId}
        onOpenDraft={(entry) => open(entry.report.kind, entry.id)}
        onCorrection={(draft) => open(draft.report.kind, draft.id)}
      />
      <StorageStatus outbox={outbox} />
    </div>
  );
}
