// HQ board render with 500 shelters (`npm run bench`): React's production build in jsdom, driven
// through react-dom directly (Testing Library's act() exists only in development builds). jsdom
// does no layout or paint, so this measures React and DOM construction, the board's own cost.
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { bench, describe } from 'vitest';
import { SAMPLE_NOW, sampleShelters } from '../hq/sample';
import type { HqShelter } from '../hq/types';
import { ShelterBoard } from './ShelterBoard';

const shelters = sampleShelters(500);
// The same list with one shelter's head count changed, as after one live update.
const updated: HqShelter[] = shelters.map((shelter, index) =>
  index === 250 ? { ...shelter, status: { ...shelter.status, evacueeTotal: 999 } } : shelter,
);
const board = (list: readonly HqShelter[]) => (
  <ShelterBoard shelters={list} now={SAMPLE_NOW} layout="table" onSelectShelter={() => {}} />
);

let root: Root | undefined;
let container: HTMLElement | undefined;
function mount(list: readonly HqShelter[]) {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  flushSync(() => root?.render(board(list)));
}
function unmount() {
  root?.unmount();
  container?.remove();
}

describe('ShelterBoard with 500 shelters (jsdom, React production build)', () => {
  bench(
    'first render (mount 500 rows)',
    () => {
      mount(shelters);
      unmount();
    },
    { iterations: 30, warmupIterations: 3 },
  );

  let flip = false;
  bench(
    'one shelter updated (re-render)',
    () => {
      flip = !flip;
      flushSync(() => root?.render(board(flip ? updated : shelters)));
    },
    { iterations: 300, setup: () => mount(shelters), teardown: unmount },
  );

  bench(
    'sort by another column (re-order 500 rows)',
    () => {
      const header = container?.querySelector<HTMLButtonElement>(
        'th[data-column="evacuees"] button',
      );
      flushSync(() => header?.click());
    },
    { iterations: 60, setup: () => mount(shelters), teardown: unmount },
  );
});
