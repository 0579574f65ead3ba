import { composeStories } from '@storybook/react-vite';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { itPassesAxeForEveryStory } from '../../../../../tooling/stories';
import * as stories from './Confirmation.stories';

const { Branch, Home, Minimal, WithRoomLink } = composeStories(stories);

describe('Confirmation', () => {
  it('shows the reference big, what happens next, where to go and what to bring', () => {
    render(<Branch />);
    expect(
      screen.getByRole('heading', { level: 2, name: '予約が完了しました' }),
    ).toBeInTheDocument();
    expect(screen.getByText('UWJ-7K4P-M2')).toHaveClass('machi-confirmation__reference-value');
    expect(
      screen.getByText(
        '変更・取り消しは 2026年12月1日(火) 17:15 まで、予約の確認ページからできます。',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/北浦支所へお越しください/)).toBeInTheDocument();
    expect(
      screen.getByText('本人確認書類（マイナンバーカード、運転免許証など）'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '予約の確認ページを開く' })).toHaveAttribute(
      'href',
      '#/consultation/manage/UWJ-7K4P-M2#token=story-token',
    );
  });

  it('explains the video call for a booking from home', () => {
    render(<Home />);
    expect(screen.getByText(/「ビデオ相談に参加」を押してください/)).toBeInTheDocument();
    expect(screen.getByText(/カメラとマイクのついた/)).toBeInTheDocument();
  });

  it('links to the video room with the token in the fragment only when given roomUrl', () => {
    const { unmount } = render(<WithRoomLink />);
    expect(screen.getByRole('link', { name: 'ビデオ相談室を開く' })).toHaveAttribute(
      'href',
      '#/consultation/room/UWJ-7K4P-M2#token=story-token',
    );
    expect(screen.getByText(/相談室は開始の少し前から入れます/)).toBeInTheDocument();
    unmount();
    render(<Home />);
    expect(screen.queryByRole('link', { name: 'ビデオ相談室を開く' })).toBeNull();
  });

  it('copies the reference and announces it', async () => {
    const user = userEvent.setup();
    render(<Minimal />);
    await user.click(screen.getByRole('button', { name: '予約番号をコピー' }));
    expect(screen.getByText('予約番号をコピーしました')).toBeInTheDocument();
    await expect(navigator.clipboard.readText()).resolves.toBe('UWJ-7K4P-M2');
  });

  it('downloads the .ics with the token in a header, never in a link', async () => {
    const user = userEvent.setup();
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:ics';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    render(<Branch />);
    expect(document.querySelector('a[href*="calendar"]')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'カレンダーに追加（.icsファイル）' }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    expect(await created[0]!.text()).toMatch(/^BEGIN:VCALENDAR/);
    click.mockRestore();
  });

  it('prints with the print button', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    render(<Minimal />);
    await user.click(screen.getByRole('button', { name: '印刷する' }));
    expect(print).toHaveBeenCalled();
    print.mockRestore();
  });

  itPassesAxeForEveryStory(stories);
});
