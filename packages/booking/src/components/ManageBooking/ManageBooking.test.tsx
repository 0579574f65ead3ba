import { composeStories } from '@storybook/react-vite';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { itPassesAxeForEveryStory } from '../../../../../tooling/stories';
import type { MemorySeedBooking } from '../../core/index';
import { racingRescheduleApi, seedBooking, storyApi, storyNow } from '../storySupport';
import { ManageBooking } from './ManageBooking';
import * as stories from './ManageBooking.stories';

const { Cancelled, CutoffPassed, NotFound, Done } = composeStories(stories);

function setup(booking: Partial<MemorySeedBooking> = {}, race = false) {
  const memory = storyApi({}, { bookings: [seedBooking(booking)] });
  const api = race ? racingRescheduleApi(memory) : memory;
  const user = userEvent.setup();
  const onCancelled = vi.fn();
  const onRescheduled = vi.fn();
  render(
    <ManageBooking
      api={api}
      reference="UWJ-7K4P-M2"
      token="story-token"
      now={storyNow}
      onCancelled={onCancelled}
      onRescheduled={onRescheduled}
    />,
  );
  return { memory, user, onCancelled, onRescheduled };
}

const button = (name: string) => screen.findByRole('button', { name });

describe('ManageBooking', () => {
  it('shows the booking, until when it can be changed, and the actions', async () => {
    setup();
    expect(await screen.findByText('UWJ-7K4P-M2')).toBeInTheDocument();
    expect(screen.getByText('予約済み')).toHaveAttribute('data-status', 'confirmed');
    expect(screen.getByText('2026年12月2日(水) 10:00〜11:00')).toBeInTheDocument();
    expect(
      screen.getByText('変更・取り消しは 2026年12月1日(火) 17:15 まで受け付けます。'),
    ).toBeInTheDocument();
    expect(await button('日時を変更する')).toBeInTheDocument();
    expect(await button('予約を取り消す')).toBeInTheDocument();
    // The resident's view never shows the sensitive summary.
    expect(screen.queryByText(/家賃が払えず/)).not.toBeInTheDocument();
  });

  it('cancels only after confirming in a dialog, then says so and offers nothing more', async () => {
    const { user, memory, onCancelled } = setup();
    await user.click(await button('予約を取り消す'));
    let dialog = await screen.findByRole('dialog', { name: '予約を取り消しますか' });
    expect(dialog).toHaveAccessibleDescription(
      '2026年12月2日(水) 10:00〜11:00の「生活保護の相談」の予約を取り消します。取り消した予約は元に戻せません。',
    );
    await user.click(within(dialog).getByRole('button', { name: '取り消さない' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(memory.bookings()[0]!.status).toBe('confirmed');

    await user.click(await button('予約を取り消す'));
    dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: '取り消す' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(
      await screen.findByRole('heading', { name: /予約を取り消しました/ }),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('heading', { name: '予約の確認・変更・取り消し' })).toHaveFocus(),
    );
    expect(screen.getByText('取り消し済み')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '日時を変更する' })).not.toBeInTheDocument();
    expect(memory.bookings()[0]!.status).toBe('cancelled');
    expect(onCancelled).toHaveBeenCalledWith(expect.objectContaining({ status: 'cancelled' }));
  });

  it('reschedules with the slot picker, asking for a time when none is chosen', async () => {
    const { user, memory, onRescheduled } = setup();
    await user.click(await button('日時を変更する'));
    expect(await screen.findByRole('heading', { name: '新しい日時を選ぶ' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'この日時に変更する' }));
    const summary = screen.getByRole('region', { name: /エラー/ });
    await waitFor(() => expect(summary).toHaveFocus());
    await user.click(await screen.findByRole('button', { name: /12月3日 木曜日、予約できます/ }));
    await user.click(screen.getByRole('radio', { name: '13:00〜14:00' }));
    await user.click(screen.getByRole('button', { name: 'この日時に変更する' }));
    expect(
      await screen.findByText('新しい日時：2026年12月3日(木) 13:00〜14:00'),
    ).toBeInTheDocument();
    expect(memory.bookings()[0]!.start).toBe('2026-12-03T13:00:00+09:00');
    expect(onRescheduled).toHaveBeenCalledTimes(1);
  });

  it('leaving the reschedule form returns focus to its button', async () => {
    const { user } = setup();
    await user.click(await button('日時を変更する'));
    await user.click(await button('変更しない'));
    await waitFor(() =>
      expect(screen.getByRole('button', { name: '日時を変更する' })).toHaveFocus(),
    );
  });

  it('offers alternatives when the new time was taken meanwhile (409)', async () => {
    const { user, memory } = setup({}, true);
    await user.click(await button('日時を変更する'));
    await user.click(await screen.findByRole('button', { name: /12月3日 木曜日、予約できます/ }));
    await user.click(screen.getByRole('radio', { name: '13:00〜14:00' }));
    await user.click(screen.getByRole('button', { name: 'この日時に変更する' }));
    expect(
      await screen.findByText('選んでいた日時：2026年12月3日(木) 13:00〜14:00'),
    ).toBeInTheDocument();
    const [first] = screen.getAllByRole('button', { name: /を選ぶ$/ });
    await user.click(first!);
    await user.click(screen.getByRole('button', { name: 'この日時に変更する' }));
    expect(await screen.findByRole('heading', { name: /日時を変更しました/ })).toBeInTheDocument();
    expect(
      memory.bookings().find((booking) => booking.reference === 'UWJ-7K4P-M2')!.start,
    ).not.toBe('2026-12-02T10:00:00+09:00');
  });

  it('explains a cancelled booking, a passed cut-off and a finished session instead of offering actions', async () => {
    const { unmount } = render(<Cancelled />);
    expect(
      await screen.findByRole('heading', { name: /この予約は取り消し済みです/ }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '予約を取り消す' })).not.toBeInTheDocument();
    unmount();
    const second = render(<CutoffPassed />);
    expect(
      await screen.findByText(/変更・取り消しの受付は 2026年11月20日\(金\) 17:15 で終わりました/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '日時を変更する' })).not.toBeInTheDocument();
    second.unmount();
    render(<Done />);
    expect(await screen.findByText('相談済み')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '予約を取り消す' })).not.toBeInTheDocument();
  });

  it('says a wrong link finds nothing, without hinting whether the reference exists', async () => {
    render(<NotFound />);
    expect(
      await screen.findByText('予約が見つかりませんでした。予約番号とリンクを確認してください。'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'もう一度読み込む' })).not.toBeInTheDocument();
  });

  itPassesAxeForEveryStory(stories);
});
