// "Export unsent reports to a file" and "import reports from a file" (carrying reports by hand when
// networks are down): loaded by `import()` when a person uses them, not with every outbox.
import { type OutboxDatabase, OutboxStorageError } from './database';
import { sameReport } from './same-report';
import { buildSnapshot, type OutboxState } from './snapshot';
import { createExportFile, type OutboxExportFile, readExportFile } from './transfer';
import type { ImportResult, OutboxEntry, SubmitResult } from './types';

/** The unsent reports (queued, sending, needing attention; drafts on request) as a file. */
export async function exportUnsent(
  db: OutboxDatabase,
  state: OutboxState,
  now: number,
  includeDrafts: boolean | undefined,
): Promise<OutboxExportFile> {
  const { entries } = await db.loadAll();
  const chosen = buildSnapshot(true, entries, [], [], state).entries.filter(
    (entry) => includeDrafts || entry.status !== 'draft',
  );
  return createExportFile(chosen, new Date(now));
}

/** What importing needs of the outbox: its queue write and how it marks an entry queued. */
export interface ImportTarget {
  db: OutboxDatabase;
  queue(
    ids: readonly string[],
    change: (current: (OutboxEntry | undefined)[], next: () => number) => { put?: OutboxEntry[] },
  ): Promise<SubmitResult>;
  queued(entry: OutboxEntry, sequence: number): OutboxEntry;
}

/** Imports an export file (text or parsed); queues what this device lacks. */
export async function importReports(target: ImportTarget, file: unknown): Promise<ImportResult> {
  const { reports, rejected } = readExportFile(file);
  const result: ImportResult = { imported: [], duplicates: [], conflicts: [], rejected };
  const fresh: typeof reports = [];
  for (const item of reports) {
    const { sent } = await target.db.find(item.report.id);
    if (!sent) fresh.push(item);
    else
      (sameReport(sent.report, item.report) ? result.duplicates : result.conflicts).push(
        item.report.id,
      );
  }
  const queued = await target.queue(
    fresh.map((item) => item.report.id),
    (current, next) => {
      const put: OutboxEntry[] = [];
      fresh.forEach((item, index) => {
        const existing = current[index];
        if (existing) {
          (sameReport(existing.report, item.report) ? result.duplicates : result.conflicts).push(
            item.report.id,
          );
          return;
        }
        const entry = {
          id: item.report.id,
          shelterId: item.shelterId,
          status: 'draft',
          report: item.report,
          updatedAt: 0,
          attempts: 0,
        };
        put.push(target.queued(entry as OutboxEntry, next()));
        result.imported.push(item.report.id);
      });
      return { put };
    },
  );
  if (!queued.ok && queued.reason !== 'invalid') throw new OutboxStorageError(queued.reason);
  return result;
}
