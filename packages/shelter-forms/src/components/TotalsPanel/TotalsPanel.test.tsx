import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { itPassesAxeForEveryStory } from '../../../../../tooling/stories';
import { summarizeShelters } from '../hq/board';
import { SAMPLE_NOW, sampleShelters } from '../hq/sample';
import { TotalsPanel } from './TotalsPanel';
import * as stories from './TotalsPanel.stories';

describe('TotalsPanel', () => {
  it('adds up the board and names the silent shelters, longest silence first', async () => {
    const user = userEvent.setup();
    const shelters = sampleShelters(24);
    const overview = summarizeShelters(shelters, { now: SAMPLE_NOW });
    expect(overview.shelters).toEqual({ total: 24, open: 16 });
    expect(overview.evacuees.total).toBe(
      shelters.reduce((sum, shelter) => sum + (shelter.status.evacueeTotal ?? 0), 0),
    );
    const onSelectShelter = vi.fn();
    render(<TotalsPanel overview={overview} onSelectShelter={onSelectShelter} />);
    expect(screen.getByText('16か所（全24か所）')).toBeInTheDocument();
    const stale = screen.getByText('報告が途絶えている避難所').closest('div') as HTMLElement;
    expect(stale).toHaveAttribute('data-stale', 'true');
    const names = within(stale).getAllByRole('button');
    expect(names.length).toBe(overview.staleShelters.length);
    await user.click(names[0]!);
    expect(onSelectShelter).toHaveBeenCalledWith(overview.staleShelters[0]!.nationalShelterId);
  });

  itPassesAxeForEveryStory(stories);
});
