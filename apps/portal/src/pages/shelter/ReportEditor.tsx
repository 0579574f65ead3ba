import {
  DamageReportForm,
  type Outbox,
  type ReportKind,
  ShelterClosingForm,
  ShelterOpeningForm,
  ShelterStatusForm,
  SupplyRequestForm,
} from '@machi-dx/shelter-forms';
import { Button } from '@machi-dx/ui';
import { useEffect, useRef } from 'react';
import { holdEntry } from '../../sw/entryGuard';
import { useShelterPageTranslator } from './intl';

const forms = {
  opening: ShelterOpeningForm,
  status: ShelterStatusForm,
  supply_request: SupplyRequestForm,
  damage: DamageReportForm,
  closing: ShelterClosingForm,
} as const;

/** Props of {@link ReportEditor}. */
export interface ReportEditorProps {
  kind: ReportKind;
  outbox: Outbox;
  shelterId: string;
  /** Resume this draft (続きを入力, or a correction). */
  draftId?: string | undefined;
  /** Values of a new report (the status report's 第n+1報). */
  initialData?: object | undefined;
  /** Back to the chooser. */
  onBack: () => void;
}

/**
 * One report form, opened from the chooser. While someone types in it (until the report is
 * queued) a pending app update waits, so the page is never reloaded mid-entry.
 */
export function ReportEditor({
  kind,
  outbox,
  shelterId,
  draftId,
  initialData,
  onBack,
}: ReportEditorProps) {
  const t = useShelterPageTranslator();
  const container = useRef<HTMLDivElement>(null);
  const release = useRef<(() => void) | undefined>(undefined);
  const done = () => {
    release.current?.();
    release.current = undefined;
  };
  useEffect(
    () => () => {
      release.current?.();
      release.current = undefined;
    },
    [],
  );
  useEffect(() => {
    // The form's own heading, so screen-reader users hear which report they are writing.
    container.current?.querySelector<HTMLElement>('.machi-report-form__title')?.focus();
  }, []);
  const Form = forms[kind] as typeof ShelterStatusForm;
  return (
    <div
      ref={container}
      className="portal-shelter-editor"
      onInput={() => {
        release.current ??= holdEntry();
      }}
    >
      <Button type="button" variant="secondary" size="sm" onClick={onBack}>
        {t('portal.shelter.back')}
      </Button>
      <Form
        outbox={outbox}
        shelterId={shelterId}
        draftId={draftId}
        initialData={initialData}
        headingLevel={3}
        idPrefix={`shelter-${kind}`}
        onQueued={done}
      />
    </div>
  );
}
