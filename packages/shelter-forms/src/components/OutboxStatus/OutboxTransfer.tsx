import { Button, type Translate } from '@machi-dx/ui';
import { type ChangeEvent, useState } from 'react';
import type { Outbox } from '../../core/outbox/outbox';
import type { OutboxExportFile } from '../../core/outbox/transfer';
import '../file-button.css';

/** Where an export goes; the default downloads it as a JSON file. */
export type ExportHandler = (file: OutboxExportFile, fileName: string) => void;

/** Downloads the file through a temporary link (works offline: nothing leaves the device). */
export const downloadExport: ExportHandler = (file, fileName) => {
  const url = URL.createObjectURL(
    new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
};

/** `shelter-reports-20261201-1042.json`, in Tokyo time. */
function exportName(exportedAt: string): string {
  const stamp = exportedAt.slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  return `shelter-reports-${stamp}.json`;
}

/**
 * The escape hatch when no network comes back: export the unsent reports to a file, carry it to a
 * device that has a connection (or to HQ by hand), and import it there. Import skips what the
 * device already has, so carrying a file twice sends nothing twice.
 */
export function OutboxTransfer({
  outbox,
  unsent,
  onExport = downloadExport,
  t,
  headingLevel,
}: {
  outbox: Outbox;
  unsent: number;
  onExport?: ExportHandler | undefined;
  t: Translate;
  headingLevel: 3 | 4;
}) {
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const Heading = `h${headingLevel}` as const;

  const exportFile = async () => {
    setBusy(true);
    try {
      const file = await outbox.exportUnsent();
      const fileName = exportName(file.exportedAt);
      onExport(file, fileName);
      setMessage(t('shelter.outbox.exported', { count: file.reports.length, file: fileName }));
    } finally {
      setBusy(false);
    }
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    try {
      const result = await outbox.importReports(await file.text());
      if (result.rejected.some((rejected) => rejected.index === -1)) {
        setMessage(t('shelter.outbox.importFailed'));
        return;
      }
      setMessage(
        t('shelter.outbox.imported', {
          imported: result.imported.length,
          duplicates: result.duplicates.length,
          conflicts: result.conflicts.length,
          rejected: result.rejected.length,
        }),
      );
    } catch {
      setMessage(t('shelter.outbox.importFailed'));
    }
  };

  return (
    <div className="machi-outbox__transfer">
      <Heading className="machi-outbox__subtitle">{t('shelter.outbox.transferTitle')}</Heading>
      <p className="machi-outbox__meta">{t('shelter.outbox.transferHint')}</p>
      <div className="machi-outbox__actions">
        {unsent > 0 && (
          <Button variant="secondary" loading={busy} onClick={() => void exportFile()}>
            {t('shelter.outbox.export')}
          </Button>
        )}
        <label className="machi-file-button">
          <input
            type="file"
            accept="application/json,.json"
            className="machi-file-button__input"
            onChange={(event) => void importFile(event)}
          />
          <span>{t('shelter.outbox.import')}</span>
        </label>
      </div>
      <p role="status" className="machi-outbox__message">
        {message}
      </p>
    </div>
  );
}
