import { formatTokyoIso } from '@machi-dx/ui/core';
import { isNationalShelterId } from '../shelter-id';
import type { FieldError } from '../validation/messages';
import { type ShelterReport, validateReport } from '../validation/report';
import type { OutboxEntry } from './types';

/** The `format` marker of an outbox export file. */
export const OUTBOX_EXPORT_FORMAT = 'machi-dx/shelter-outbox';

/**
 * A file of unsent reports, carried by hand (USB stick, another phone) when no network reaches HQ,
 * and imported on a device that has one. Import is idempotent: report ids decide.
 */
export interface OutboxExportFile {
  format: typeof OUTBOX_EXPORT_FORMAT;
  version: 1;
  /** When the file was written, ISO 8601 with offset. */
  exportedAt: string;
  /** In queue order. */
  reports: { shelterId: string; report: ShelterReport; status: OutboxEntry['status'] }[];
}

/** Builds an export file from outbox entries (in the order given). */
export function createExportFile(entries: readonly OutboxEntry[], now: Date): OutboxExportFile {
  return {
    format: OUTBOX_EXPORT_FORMAT,
    version: 1,
    exportedAt: formatTokyoIso(now),
    reports: entries.map(({ shelterId, report, status }) => ({ shelterId, report, status })),
  };
}

/** A report of an import file that cannot be imported, with why. */
export interface RejectedImport {
  /** Position in the file's `reports`, or -1 for the file itself. */
  index: number;
  id?: string;
  errors: FieldError[];
}

/** Reads an export file (its text or its parsed JSON): the valid reports and the rejected ones. */
export function readExportFile(input: string | unknown): {
  reports: { shelterId: string; report: ShelterReport }[];
  rejected: RejectedImport[];
} {
  let file: unknown = input;
  if (typeof input === 'string') {
    try {
      file = JSON.parse(input);
    } catch {
      file = undefined;
    }
  }
  const candidate = file as Partial<OutboxExportFile> | undefined;
  if (
    candidate?.format !== OUTBOX_EXPORT_FORMAT ||
    candidate.version !== 1 ||
    !Array.isArray(candidate.reports)
  ) {
    const message = {
      ja: '送信待ちの報告を書き出したファイルではありません。',
      en: 'This is not a file of exported reports.',
    };
    return {
      reports: [],
      rejected: [{ index: -1, errors: [{ path: '', code: 'invalid_file', message }] }],
    };
  }
  const reports: { shelterId: string; report: ShelterReport }[] = [];
  const rejected: RejectedImport[] = [];
  candidate.reports.forEach((item, index) => {
    const result = validateReport(item?.report);
    const errors = result.ok
      ? []
      : result.errors.map((error) => ({ ...error, path: join('report', error.path) }));
    if (!isNationalShelterId(item?.shelterId)) {
      errors.unshift({
        path: 'shelterId',
        code: 'invalid_format',
        message: {
          ja: '全国共通避難所・避難場所IDの形式が正しくありません。',
          en: 'Not a valid national shelter ID.',
        },
      });
    }
    const id = (item?.report as { id?: unknown } | undefined)?.id;
    if (errors.length || !result.ok) {
      rejected.push({ index, ...(typeof id === 'string' ? { id } : {}), errors });
    } else {
      // Keep the report exactly as written: the server compares bodies for idempotency.
      reports.push({ shelterId: item.shelterId, report: item.report });
    }
  });
  return { reports, rejected };
}

function join(prefix: string, path: string) {
  return path ? `${prefix}.${path}` : prefix;
}

export { canonicalJson, sameReport } from './same-report';
