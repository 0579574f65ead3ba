import {
  continueStatusReport,
  type OutboxSnapshot,
  type StatusReportData,
} from '@machi-dx/shelter-forms';

type StatusData = Partial<StatusReportData>;

function sequenceOf(data: StatusData | undefined): number {
  return typeof data?.reportSequence === 'number' ? data.reportSequence : 0;
}

/**
 * The last status report this shelter made, wherever it is known: on the server (fetched while
 * online), or on this device (sent, or queued while offline). The highest 第n報 wins, so a status
 * report written offline is continued by 第n+1報 even before HQ has it.
 */
export function latestStatus(
  snapshot: OutboxSnapshot,
  shelterId: string,
  fromServer: StatusData | undefined,
): StatusData | undefined {
  const local = [
    ...snapshot.sent.filter((entry) => entry.shelterId === shelterId),
    ...snapshot.entries.filter(
      (entry) => entry.shelterId === shelterId && entry.status !== 'draft',
    ),
  ]
    .filter((entry) => entry.report.kind === 'status')
    .map((entry) => entry.report.data as StatusData);
  let best = fromServer;
  for (const data of local) if (sequenceOf(data) > sequenceOf(best)) best = data;
  return best;
}

/** The starting values of the next status report: 第1報 when none was made yet. */
export function nextStatusReport(last: StatusData | undefined): StatusData | undefined {
  return last ? continueStatusReport(last) : undefined;
}
