import { composeStories } from '@storybook/react-vite';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { itPassesAxeForEveryStory } from '../../../../../tooling/stories';
import * as stories from './StaffSchedule.stories';

const { Day, Week, SignedOut, EmptyDay, RoomLinks, SessionExpiredOnStatus } =
  composeStories(stories);

const card = (name: RegExp) => screen.getByRole('article', { name }) as HTMLElement;

describe('StaffSchedule', () => {
  it("lists the signed-in specialist's sessions of the day, with accommodations and a folded summary", async () => {
    render(<Day />);
    expect(
      await screen.findByRole('article', { name: /8:30〜9:30 宇和島 花子/ }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(3);
    expect(screen.queryByText('別の 担当')).not.toBeInTheDocument();
    const first = card(/宇和島 花子/);
    expect(within(first).getByText('手話通訳')).toBeInTheDocument();
    expect(within(first).getByText('車椅子での来庁')).toBeInTheDocument();
    expect(within(first).getByText(/北浦支所 相談ブース/)).toBeInTheDocument();
    const summary = within(first).getByText('相談したいこと（取り扱い注意）');
    expect(summary.closest('details')).not.toHaveAttribute('open');
    expect(
      within(card(/Nguyen Van An/)).getByText('通訳（言語を指定）：ベトナム語'),
    ).toBeInTheDocument();
    expect(within(card(/北浦 次郎/)).getByText('取り消し済み')).toBeInTheDocument();
  });

  it('records the outcome of a started session and announces it; later sessions wait', async () => {
    const user = userEvent.setup();
    render(<Day />);
    const started = await screen.findByRole('article', { name: /宇和島 花子/ });
    await user.click(within(started).getByRole('button', { name: '来られなかったにする' }));
    expect(await within(started).findByText('来られなかった')).toHaveAttribute(
      'data-status',
      'no_show',
    );
    expect(within(started).queryByRole('button')).toBeNull();
    expect(
      screen.getByText('宇和島 花子さんの相談を「来られなかった」にしました'),
    ).toBeInTheDocument();
    const later = card(/Nguyen Van An/);
    expect(within(later).queryByRole('button', { name: '相談済みにする' })).toBeNull();
    expect(within(later).getByText('相談の開始後に、結果を記録できます。')).toBeInTheDocument();
  });

  it('shows a week with a heading per day and moves by week', async () => {
    const user = userEvent.setup();
    render(<Week />);
    expect(await screen.findByRole('heading', { name: '2026年11月26日(木)' })).toBeInTheDocument();
    expect(screen.getByText('2026年11月23日(月) 〜 2026年11月29日(日)')).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(4);
    await user.click(screen.getByRole('button', { name: '次の週' }));
    expect(await screen.findByText('2026年11月30日(月) 〜 2026年12月6日(日)')).toBeInTheDocument();
    expect(await screen.findAllByText('予約はありません。')).toHaveLength(7);
    await user.click(screen.getByRole('button', { name: '日' }));
    await user.click(screen.getByRole('button', { name: '今日' }));
    expect(await screen.findByText('2026年11月24日(火)')).toBeInTheDocument();
  });

  it('links each confirmed session to its room with an ordinary link a keyboard reaches', async () => {
    const user = userEvent.setup();
    render(<RoomLinks />);
    const first = await screen.findByRole('article', { name: /8:30〜9:30 宇和島 花子/ });
    const link = within(first).getByRole('link');
    expect(link).toHaveAccessibleName('ビデオ相談室に入る（8:30〜9:30 宇和島 花子さん）');
    expect(link).toHaveAttribute('href', '/consultation/room/UWJ-AB3C-D4');
    expect(within(card(/Nguyen Van An/)).getByRole('link')).toHaveAttribute(
      'href',
      '/consultation/room/UWJ-JK7M-N8',
    );
    // A cancelled session has no room.
    expect(within(card(/北浦 次郎/)).queryByRole('link')).toBeNull();
    for (let press = 0; press < 12 && document.activeElement !== link; press++) await user.tab();
    expect(link).toHaveFocus();
    // Nothing intercepts the link: Enter follows it as the browser would (a full page load).
    let followed: boolean | undefined;
    const follow = (event: MouseEvent) => {
      followed = !event.defaultPrevented;
      event.preventDefault(); // jsdom cannot navigate
    };
    window.addEventListener('click', follow);
    await user.keyboard('{Enter}');
    window.removeEventListener('click', follow);
    expect(followed).toBe(true);
  });

  it('shows no room links unless asked to', async () => {
    render(<Day />);
    await screen.findByRole('article', { name: /宇和島 花子/ });
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('tells the host page when the schedule cannot be loaded or a status not saved', async () => {
    const onError = vi.fn();
    const { unmount } = render(<SignedOut onError={onError} />);
    await screen.findByRole('heading', { name: /サインインしてください/ });
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ status: 401 }));
    unmount();
    onError.mockClear();
    const user = userEvent.setup();
    render(<SessionExpiredOnStatus onError={onError} />);
    const started = await screen.findByRole('article', { name: /宇和島 花子/ });
    await user.click(within(started).getByRole('button', { name: '相談済みにする' }));
    expect(
      await within(started).findByRole('heading', { name: /サインインしてください/ }),
    ).toBeInTheDocument();
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it('says when a day has no sessions, and asks to sign in on a 401', async () => {
    const { unmount } = render(<EmptyDay />);
    expect(await screen.findByText('予約はありません。')).toBeInTheDocument();
    unmount();
    render(<SignedOut />);
    expect(
      await screen.findByRole('heading', { name: /サインインしてください/ }),
    ).toBeInTheDocument();
  });

  itPassesAxeForEveryStory(stories);
});
