// The outbox's promise, checked against a hostile network (see hostile-network.ts).
import fc from 'fast-check';
import { faultArbitrary, runHostileNetwork, stepArbitrary } from './hostile-network';

describe('Outbox under a hostile network (property-based)', () => {
  it('delivers every report exactly once, in order per shelter, with reloads mid-send (one tab)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(faultArbitrary, { maxLength: 40 }),
        fc.array(stepArbitrary, { minLength: 1, maxLength: 20 }),
        (faults, steps) => runHostileNetwork(faults, steps, 1),
      ),
      { numRuns: 75 },
    );
  }, 120_000);

  it('delivers every report exactly once with two tabs sharing the lock and the database', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(faultArbitrary, { maxLength: 40 }),
        fc.array(stepArbitrary, { minLength: 1, maxLength: 20 }),
        (faults, steps) => runHostileNetwork(faults, steps, 2),
      ),
      { numRuns: 75 },
    );
  }, 120_000);
});
