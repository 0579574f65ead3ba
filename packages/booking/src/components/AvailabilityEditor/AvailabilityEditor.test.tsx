import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { itPassesAxeForEveryStory } from '../../../../../tooling/stories';
import { failOn, SignedIn, storyApi, unauthorized } from '../storySupport';
import { AvailabilityEditor } from './AvailabilityEditor';
import * as stories from './AvailabilityEditor.stories';

async function setup() {
  const api = storyApi();
  const user = userEvent.setup();
  const onSaved = vi.fn();
  render(
    <SignedIn api={api}>
      <AvailabilityEditor api={api} onSaved={onSaved} />
    </SignedIn>,
  );
  await screen.findByRole('button', { name: '保存する' });
  return { api, user, onSaved };
}

const group = (name: string) => screen.getByRole('group', { name });

describe('AvailabilityEditor', () => {
  it('shows the weekly hours by weekday, Monday first, with the lunch break as two ranges', async () => {
    await setup();
    const days = screen.getAllByRole('group').filter((element) => element.tagName === 'FIELDSET');
    expect(days[0]).toHaveAccessibleName('月曜日');
    expect(within(group('月曜日の時間帯1')).getByLabelText('開始')).toHaveValue('08:30');
    expect(within(group('月曜日の時間帯2')).getByLabelText('終了')).toHaveValue('17:15');
    expect(within(group('土曜日')).getByText('この曜日は受け付けません。')).toBeInTheDocument();
  });

  it('shows the server’s errors with a focused summary linking to the field', async () => {
    const { user, onSaved } = await setup();
    const end = within(group('月曜日の時間帯1')).getByLabelText('終了');
    await user.clear(end);
    await user.type(end, '08:00');
    await user.click(screen.getByRole('button', { name: '保存する' }));
    const summary = await screen.findByRole('region', { name: /エラー/ });
    await waitFor(() => expect(summary).toHaveFocus());
    const link = within(summary).getByRole('link', {
      name: '終わりの時刻は始まりの時刻より後にしてください',
    });
    await user.click(link);
    expect(end).toHaveFocus();
    expect(end).toHaveAttribute('aria-invalid', 'true');
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('adds a day off and a Saturday range, and saves them', async () => {
    const { user, api, onSaved } = await setup();
    await user.click(screen.getByRole('button', { name: '時間帯を追加 （土曜日）' }));
    await user.click(screen.getByRole('button', { name: '例外の日を追加' }));
    const exception = group('例外1');
    await user.type(within(exception).getByRole('textbox', { name: /年/ }), '2026');
    await user.type(within(exception).getByRole('textbox', { name: /^月/ }), '12');
    await user.type(within(exception).getByRole('textbox', { name: /^日/ }), '10');
    await user.type(within(exception).getByRole('textbox', { name: /メモ/ }), '研修');
    await user.click(screen.getByRole('button', { name: '保存する' }));
    expect(
      await screen.findByRole('heading', { name: /受付時間を保存しました/ }),
    ).toBeInTheDocument();
    expect(onSaved).toHaveBeenCalledTimes(1);
    const saved = await api.staff.availability();
    expect(saved.exceptions).toEqual([{ date: '2026-12-10', hours: [], note: '研修' }]);
    expect(saved.weeklyHours.filter((range) => range.day === 6)).toEqual([
      { day: 6, start: '08:30', end: '17:15' },
    ]);
  });

  it('asks to sign in on a 401, when loading or when the sign-in ended before saving, and tells the host', async () => {
    const onError = vi.fn();
    const signedOut = render(<AvailabilityEditor api={storyApi()} onError={onError} />);
    expect(
      await screen.findByRole('heading', { name: /サインインしてください/ }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/確認用の情報/)).toBeNull();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ status: 401 }));
    // Once signed in again (on the host page or in another tab), loading can be tried again.
    expect(screen.getByRole('button', { name: 'もう一度読み込む' })).toBeInTheDocument();
    signedOut.unmount();

    onError.mockClear();
    const expired = storyApi(failOn('staff.saveAvailability', unauthorized));
    const user = userEvent.setup();
    render(
      <SignedIn api={expired}>
        <AvailabilityEditor api={expired} onError={onError} />
      </SignedIn>,
    );
    await user.click(await screen.findByRole('button', { name: '保存する' }));
    expect(
      await screen.findByRole('heading', { name: /サインインしてください/ }),
    ).toBeInTheDocument();
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ status: 401 }));
  });

  itPassesAxeForEveryStory(stories);
});
