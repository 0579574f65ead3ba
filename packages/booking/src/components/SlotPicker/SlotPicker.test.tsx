import { composeStories } from '@storybook/react-vite';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fn } from 'storybook/test';
import { itPassesAxeForEveryStory } from '../../../../../tooling/stories';
import * as stories from './SlotPicker.stories';

const { Default, CurrentMonth, English, Loading, SlotTaken, WithError, ListView } =
  composeStories(stories);

const day = (name: RegExp) => screen.findByRole('button', { name });

describe('SlotPicker', () => {
  it('names every day in full (with the era) and says whether it can be booked, or why not', async () => {
    render(<Default />);
    expect(
      await day(/^2026年\(令和8年\)12月1日 火曜日、予約できます（空き\d+件）$/),
    ).not.toHaveAttribute('aria-disabled');
    expect(await day(/12月5日 土曜日、土日は休みです$/)).toHaveAttribute('aria-disabled', 'true');
    expect(await day(/12月25日 金曜日、まだ予約を受け付けていません$/)).toHaveAttribute(
      'data-state',
      'closed',
    );
    expect(await day(/12月29日 火曜日、閉庁日です（.+）$/)).toHaveAttribute(
      'data-reason',
      'closure',
    );
    expect(screen.getByRole('grid', { name: '2026年(令和8年)12月' })).toBeInTheDocument();
    expect(screen.getAllByRole('columnheader')[0]).toHaveAttribute('abbr', '日曜日');
  });

  it('marks today, past days and the notice period in the current month', async () => {
    render(<CurrentMonth />);
    expect(
      await day(/^今日、2026年\(令和8年\)11月24日 火曜日、予約の受付を締め切りました$/),
    ).toBeInTheDocument();
    expect(await day(/11月20日 金曜日、過ぎた日です$/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '前の月' })).toBeDisabled();
  });

  it('reads dates in English without the era', async () => {
    render(<English />);
    expect(await day(/^Wednesday 2 December 2026, \d+ free times$/)).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: /Saturday 5 December 2026, Closed at weekends/ }),
    ).toBeInTheDocument();
  });

  it('moves focus with arrows, Home/End and PageUp/PageDown, loading the next month', async () => {
    const user = userEvent.setup();
    render(<Default />);
    const first = await day(/12月1日 火曜日、予約できます/);
    // One Tab stop: the first bookable day.
    expect(first).toHaveAttribute('tabindex', '0');
    expect(
      screen.getAllByRole('button', { name: /12月/ }).filter((b) => b.tabIndex === 0),
    ).toHaveLength(1);
    act(() => first.focus());
    await user.keyboard('{ArrowLeft}');
    expect(await day(/11月30日 月曜日/)).toHaveFocus();
    expect(screen.getByRole('heading', { name: '2026年(令和8年)11月' })).toBeInTheDocument();
    await user.keyboard('{PageUp}');
    // November is the earliest month: focus stays inside it.
    expect(await day(/11月1日 日曜日/)).toHaveFocus();
    await user.keyboard('{End}');
    expect(await day(/11月7日 土曜日/)).toHaveFocus();
    await user.keyboard('{ArrowUp}{Home}');
    expect(await day(/11月1日 日曜日/)).toHaveFocus();
    await user.keyboard('{Shift>}{PageDown}{/Shift}');
    await waitFor(() =>
      expect(screen.getByRole('button', { name: /2027年\(令和9年\)11月1日 月曜日/ })).toHaveFocus(),
    );
  });

  it('chooses a day with Enter, announces it, and shows its times as radios', async () => {
    const user = userEvent.setup();
    render(<Default />);
    const target = await day(/12月2日 水曜日、予約できます/);
    act(() => target.focus());
    await user.keyboard('{Enter}');
    const times = screen.getByRole('group', { name: /12月2日\(水\)の空いている時間/ });
    expect(within(times).getAllByRole('radio').length).toBeGreaterThan(3);
    expect(
      screen.getByText(/2026年12月2日\(水\)を選びました。空いている時間は\d+件です。/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: /12月2日 水曜日、予約できます.*、選択中$/ }),
    ).toBeInTheDocument();
    // A closed day cannot be chosen.
    const closed = await day(/12月5日 土曜日/);
    act(() => closed.focus());
    await user.keyboard('{Enter}');
    expect(
      screen.getByRole('group', { name: /12月2日\(水\)の空いている時間/ }),
    ).toBeInTheDocument();
  });

  it('keeps the grid while loading, every day saying it is being checked', async () => {
    render(<Loading />);
    expect(await day(/12月1日 火曜日、空き状況を確認中$/)).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByText('空き状況を確認しています')).toBeInTheDocument();
  });

  it('offers the alternatives after a taken slot, one press each', async () => {
    const user = userEvent.setup();
    const onChange = fn();
    render(<SlotTaken onChange={onChange} />);
    expect(
      await screen.findByText('選んでいた日時：2026年12月2日(水) 10:00〜11:00'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '2026年12月2日(水) 13:00〜14:00を選ぶ' }));
    expect(onChange).toHaveBeenCalledWith({
      start: '2026-12-02T13:00:00+09:00',
      end: '2026-12-02T14:00:00+09:00',
    });
    expect(screen.getByRole('radio', { name: '13:00〜14:00' })).toBeChecked();
  });

  it('puts the error target id on the Tab stop (calendar) or the first time (day chosen)', async () => {
    const user = userEvent.setup();
    const { container } = render(<WithError />);
    const stop = await day(/12月1日 火曜日、予約できます/);
    expect(stop).toHaveAttribute('id', 'start');
    expect(screen.getByText('相談の日時を選んでください')).toBeInTheDocument();
    await user.click(stop);
    expect(container.querySelector('#start')).toHaveAttribute('type', 'radio');
  });

  it('lists the days in the list view, closed days with their reason', async () => {
    render(<ListView />);
    const closed = await screen.findAllByText('土日は休みです', {
      selector: '.machi-slot-list__status',
    });
    expect(closed.length).toBeGreaterThanOrEqual(8);
    expect(screen.getByRole('button', { name: 'カレンダー' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(screen.getByRole('button', { name: '一覧' })).toHaveAttribute('aria-pressed', 'true');
  });

  itPassesAxeForEveryStory(stories);
});
