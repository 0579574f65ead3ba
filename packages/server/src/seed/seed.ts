import { createAccount } from '../auth/accounts.ts';
import { seedSampleBooking } from '../booking/sample.ts';
import type { Db } from '../db/types.ts';
import { seedSampleShelters } from '../shelters/sample.ts';
import { sampleAccounts } from './sample-accounts.ts';
import { sampleCityName, sampleSites } from './sample-city.ts';

/** What {@link seed} should load. */
export interface SeedOptions {
  /**
   * Load the sample city (name, main office, four branches), its sample accounts (passphrases
   * in the README) and its consultation services, specialists and branch booths, its 20
   * shelters with a few reports, every record flagged `sample`.
   */
  sample: boolean;
}

/** What {@link seed} did, and why. */
export interface SeedResult {
  /** True when rows were inserted by this call. */
  seeded: boolean;
  /** `sample_loaded`, `not_requested` (sample off: nothing is ever inserted) or `not_empty`. */
  reason: 'sample_loaded' | 'not_requested' | 'not_empty';
}

const SEED_LOCK = 734_110_902;

/**
 * Loads sample data into an empty database, in one transaction; a database that already holds a
 * city, any site, any account or any consultation service is left alone (sample passphrases are
 * public, so they must never join a real city's accounts), and without `sample` nothing is
 * inserted (no default accounts, no placeholder city). Concurrent starts are safe: the emptiness check runs under an advisory lock.
 */
export async function seed(db: Db, options: SeedOptions): Promise<SeedResult> {
  if (!options.sample) return { seeded: false, reason: 'not_requested' };
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [SEED_LOCK]);
    const [state] = await tx.query<{ populated: boolean }>(
      `select exists (select 1 from city) or exists (select 1 from sites)
              or exists (select 1 from accounts) or exists (select 1 from services)
              or exists (select 1 from shelters)
              as populated`,
    );
    if (state?.populated) return { seeded: false, reason: 'not_empty' };
    await tx.query('insert into city (name, sample) values ($1, true)', [sampleCityName]);
    for (const site of sampleSites) {
      await tx.query(
        `insert into sites (id, kind, name, address, sort_order, sample)
         values ($1, $2, $3, $4, $5, true)`,
        [site.id, site.kind, site.name, site.address ?? null, site.sortOrder],
      );
    }
    // Before the accounts: the sample shelter account's shelter must exist (accounts_shelter_exists).
    await seedSampleShelters(tx);
    for (const account of sampleAccounts) await createAccount(tx, { ...account, sample: true });
    // After the sites and accounts: booths belong to branches, specialists to staff accounts.
    await seedSampleBooking(tx);
    return { seeded: true, reason: 'sample_loaded' };
  });
}
