import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Profiler } from 'react';
import { itPassesAxeForEveryStory } from '../../../../../tooling/stories';
import { SAMPLE_NOW, sampleShelters } from '../hq/sample';
import type { HqShelter } from '../hq/types';
import { ShelterBoard } from './ShelterBoard';
import * as stories from './ShelterBoard.stories';

// axe over the 500-shelter story takes its time in jsdom.
vi.setConfig({ testTimeout: 60_000 });

const names = () =>
  within(screen.getByRole('table'))
    .getAllByRole('rowheader')
    .map((cell) => cell.querySelector('.machi-board__name')?.textContent);

describe('ShelterBoard', () => {
  it('is a table with a caption, sortable headers and the longest silence first', () => {
    render(<ShelterBoard shelters={sampleShelters(6)} now={SAMPLE_NOW} layout="table" />);
    const table = screen.getByRole('table', { name: '避難所の状況' });
    expect(within(table).getAllByRole('columnheader')).toHaveLength(6);
    expect(screen.getByRole('columnheader', { name: /最終報告から/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(screen.getByRole('columnheader', { name: /避難者数/ })).not.toHaveAttribute('aria-sort');
    expect(screen.getByRole('status')).toHaveTextContent(
      '6か所中 6か所を表示。 最終報告からの降順',
    );
    const elapsed = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.querySelector('.machi-board__elapsed')?.textContent);
    expect(elapsed).toEqual([
      '3時間5分前',
      '2時間28分前',
      '1時間51分前',
      '1時間14分前',
      '37分前',
      '0分前',
    ]);
  });

  it('sorts by a column header, and reverses on a second press; shelters without a value stay last', async () => {
    const user = userEvent.setup();
    render(<ShelterBoard shelters={sampleShelters(6)} now={SAMPLE_NOW} layout="table" />);
    const header = screen.getByRole('columnheader', { name: /避難者数/ });
    await user.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'descending');
    const descending = names();
    await user.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByRole('columnheader', { name: /最終報告から/ })).not.toHaveAttribute(
      'aria-sort',
    );
    expect(names()).toEqual([...descending].reverse());
  });

  it('marks silent open shelters 報告途絶 in words, and filters to them', async () => {
    const user = userEvent.setup();
    const shelters = sampleShelters(24);
    render(
      <ShelterBoard shelters={shelters} now={SAMPLE_NOW} staleAfterMinutes={180} layout="table" />,
    );
    const stale = screen.getAllByText('報告途絶').map((mark) => mark.closest('tr'));
    expect(stale.length).toBeGreaterThan(0);
    for (const row of stale) expect(row).toHaveAttribute('data-stale', 'true');
    await user.click(screen.getByRole('checkbox', { name: '報告が途絶えている避難所だけ' }));
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(stale.length + 1);
  });

  it('filters by status and by text, and says how many are shown', async () => {
    const user = userEvent.setup();
    render(<ShelterBoard shelters={sampleShelters(24)} now={SAMPLE_NOW} layout="table" />);
    await user.selectOptions(screen.getByRole('combobox', { name: '開設状況' }), '閉鎖');
    expect(names()).toHaveLength(2);
    expect(screen.getByRole('status')).toHaveTextContent('24か所中 2か所を表示。');
    await user.selectOptions(screen.getByRole('combobox', { name: '開設状況' }), 'すべて');
    await user.type(
      screen.getByRole('searchbox', { name: '避難所名・ID・住所で探す' }),
      'E3820300003',
    );
    expect(names()).toEqual(['保手公民館']);
    await user.clear(screen.getByRole('searchbox'));
    await user.type(screen.getByRole('searchbox'), '存在しない');
    expect(screen.getByText('条件に合う避難所はありません')).toBeInTheDocument();
  });

  it('opens a shelter from its name', async () => {
    const user = userEvent.setup();
    const onSelectShelter = vi.fn();
    render(
      <ShelterBoard
        shelters={sampleShelters(3)}
        now={SAMPLE_NOW}
        onSelectShelter={onSelectShelter}
        layout="table"
      />,
    );
    await user.click(screen.getByRole('button', { name: '和霊中学校' }));
    expect(onSelectShelter).toHaveBeenCalledWith('E3820300002111');
  });

  it('re-renders only the row of the shelter that changed', () => {
    const shelters = sampleShelters(50);
    const rendered = vi.fn();
    const view = (list: HqShelter[], onSelect: (id: string) => void) => (
      <Profiler id="board" onRender={rendered}>
        <ShelterBoard shelters={list} now={SAMPLE_NOW} onSelectShelter={onSelect} layout="table" />
      </Profiler>
    );
    const { rerender, container } = render(view(shelters, () => {}));
    const rows = [...container.querySelectorAll('tbody tr')];
    const updated = shelters.map((shelter, index) =>
      index === 7 ? { ...shelter, status: { ...shelter.status, evacueeTotal: 999 } } : shelter,
    );
    const textBefore = rows.map((row) => row.textContent);
    // A new callback each render, as an inline arrow in a parent would be.
    act(() => rerender(view(updated, () => {})));
    const changed = [...container.querySelectorAll('tbody tr')].filter(
      (row, index) => row.textContent !== textBefore[index],
    );
    expect(changed).toHaveLength(1);
    expect(changed[0]).toHaveTextContent('999人');
    // The same row elements stay in the document: nothing was remounted.
    expect(container.querySelectorAll('tbody tr')[0]).toBe(rows[0]);
  });

  it('shows cards with labelled facts when asked for the card layout', () => {
    render(<ShelterBoard shelters={sampleShelters(3)} now={SAMPLE_NOW} layout="cards" />);
    expect(screen.queryByRole('table')).toBeNull();
    const list = screen.getByRole('list', { name: '避難所の状況' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
    expect(within(list).getAllByRole('heading', { level: 3 })[0]).toHaveTextContent('保手公民館');
    expect(screen.getByRole('combobox', { name: '並べ替え' })).toHaveValue('lastReport:descending');
  });

  itPassesAxeForEveryStory(stories);
});
