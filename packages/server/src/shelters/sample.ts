import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createReport,
  exampleReportData,
  type ShelterReport,
  validateReport,
} from '@machi-dx/shelter-forms/core';
import { formatTokyoIso } from '@machi-dx/ui/core';
import type { DbExecutor } from '../db/types.ts';
import { parseShelterFile, upsertShelters } from './master-data.ts';
import { reportBodyHash, storeReport } from './reports.ts';

/**
 * The sample city's 20 shelters in GSI format: a copy of @machi-dx/shelter-forms'
 * `src/core/fixtures/sample-shelters.csv` shipped in this package's `sample-data/` (a test keeps
 * the two identical). All fictional; serials 9xxxx mark samples.
 */
export function sampleSheltersCsvPath(): string {
  let directory = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(directory, 'sample-data', 'sample-shelters.csv');
    if (existsSync(join(directory, 'package.json')) && existsSync(candidate)) return candidate;
    const parent = dirname(directory);
    if (parent === directory) throw new Error('@machi-dx/server: sample-data directory not found');
    directory = parent;
  }
}

const MINUTE = 60_000;

/** One sample report: which shelter, how long ago, what. */
interface SampleReportSpec {
  shelterId: string;
  minutesAgo: number;
  report: (at: Date) => ShelterReport;
}

const at = (date: Date) => formatTokyoIso(date);

/**
 * A small disaster on the board, so the HQ view is not empty: five shelters opened, one of them
 * silent for five hours (stale), one that opened without a confirmed head count, one closed, two
 * supply requests and a damage report. Times are relative to the seed.
 */
const sampleReports: readonly SampleReportSpec[] = [
  {
    shelterId: 'E3820390001111',
    minutesAgo: 360,
    report: (time) =>
      createReport('opening', {
        ...exampleReportData.opening,
        openedAt: at(new Date(time.getTime() - 25 * MINUTE)),
        reportedAt: at(time),
        reporter: '避難所運営班（サンプル）',
      }),
  },
  {
    shelterId: 'E3820390001111',
    minutesAgo: 60,
    report: (time) =>
      createReport('status', { ...exampleReportData.status, asOf: at(time), reportSequence: 2 }),
  },
  {
    shelterId: 'E3820390001111',
    minutesAgo: 50,
    report: (time) =>
      createReport('supply_request', {
        ...exampleReportData.supply_request,
        requestedAt: at(time),
        neededBy: at(new Date(time.getTime() + 6 * 60 * MINUTE)),
      }),
  },
  {
    shelterId: 'E3820390001111',
    minutesAgo: 40,
    report: (time) =>
      createReport('damage', { ...exampleReportData.damage, reportedAt: at(time), photos: [] }),
  },
  {
    shelterId: 'E3820390005111',
    minutesAgo: 330,
    report: (time) =>
      createReport('opening', {
        openingStatus: 'open',
        openedAt: at(new Date(time.getTime() - 10 * MINUTE)),
        evacueeTotal: 35,
        reportedAt: at(time),
      }),
  },
  {
    shelterId: 'E3820390005111',
    minutesAgo: 300,
    report: (time) =>
      createReport('status', {
        reportSequence: 2,
        asOf: at(time),
        evacueeTotal: 58,
        evacueeHouseholds: 24,
        careNeeds: { elderlyNeedingCare: 6, disabled: 2 },
        lifelines: { power: 'unavailable', water: 'partially_disrupted' },
      }),
  },
  {
    shelterId: 'E3820390004121',
    minutesAgo: 180,
    report: (time) =>
      createReport('opening', {
        openingStatus: 'open',
        openedAt: at(new Date(time.getTime() - 20 * MINUTE)),
        evacueeTotal: 12,
        reportedAt: at(time),
      }),
  },
  {
    shelterId: 'E3820390004121',
    minutesAgo: 30,
    report: (time) =>
      createReport('status', {
        reportSequence: 2,
        asOf: at(time),
        evacueeTotal: 18,
        careNeeds: { elderlyNeedingCare: 11, medicalDevices: 2 },
        staffSupportNeeded: ['care_worker', 'nurse'],
        occupancyStatus: 'full',
      }),
  },
  {
    shelterId: 'E3820390004121',
    minutesAgo: 25,
    report: (time) =>
      createReport('supply_request', {
        requestedAt: at(time),
        items: [
          { item: 'adult_diapers', quantity: 60, unit: 'piece' },
          { item: 'portable_toilets', quantity: 100, unit: 'piece' },
        ],
        beneficiaries: 18,
      }),
  },
  {
    shelterId: 'E3820390013111',
    minutesAgo: 45,
    report: (time) =>
      createReport('opening', {
        openingStatus: 'open',
        openedAt: at(new Date(time.getTime() - 5 * MINUTE)),
        reportedAt: at(time),
        unconfirmedFields: ['evacueeTotal'],
      }),
  },
  {
    shelterId: 'E3820390009111',
    minutesAgo: 420,
    report: (time) =>
      createReport('opening', {
        openingStatus: 'open',
        openedAt: at(time),
        evacueeTotal: 8,
        reportedAt: at(time),
      }),
  },
  {
    shelterId: 'E3820390009111',
    minutesAgo: 90,
    report: (time) =>
      createReport('closing', {
        closedAt: at(time),
        remainingEvacuees: 3,
        evacueesMovedTo: '東谷コミュニティセンター（サンプル）',
      }),
  },
];

/** The supply request HQ is already procuring, so every status shows on the board. */
const PROCURING_SAMPLE = 2;

/**
 * Imports the 20 sample shelters and the sample reports, every row flagged `sample`. Runs inside
 * the seed's transaction, before the sample accounts (the shelter account needs its shelter).
 */
export async function seedSampleShelters(tx: DbExecutor, now: Date = new Date()): Promise<void> {
  const parsed = parseShelterFile(readFileSync(sampleSheltersCsvPath()));
  if (parsed.errors.length > 0) {
    throw new Error(`sample shelters CSV has errors: ${JSON.stringify(parsed.errors)}`);
  }
  await upsertShelters(tx, parsed.shelters, { sample: true });
  for (const [index, spec] of sampleReports.entries()) {
    const time = new Date(now.getTime() - spec.minutesAgo * MINUTE);
    const body = { ...spec.report(time), createdAt: at(time) };
    const checked = validateReport(body);
    if (!checked.ok)
      throw new Error(`sample report ${index} is invalid: ${JSON.stringify(checked.errors)}`);
    await storeReport(tx, {
      shelterId: spec.shelterId,
      report: checked.value,
      sentFormVersion: body.formVersion,
      bodyHash: reportBodyHash(body),
      enteredBy: 'sample',
      sample: true,
      receivedAt: new Date(time.getTime() + MINUTE),
    });
    if (index === PROCURING_SAMPLE) {
      await tx.query(
        `update supply_requests set status = 'procuring', status_changed_at = $2 where id = $1`,
        [body.id, new Date(time.getTime() + 10 * MINUTE)],
      );
    }
  }
}
