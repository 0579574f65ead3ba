import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode, useState } from 'react';
import { itPassesAxeForEveryStory } from '../../../../../tooling/stories';
import type { BookingApi } from '../../core/api/types';
import type { BookingStep } from '../../core/flow/types';
import type { MemoryBookingApiOptions } from '../../core/index';
import { networkError, racingApi, storyApi, storyNow } from '../storySupport';
import { BookingWidget, type BookingWidgetProps } from './BookingWidget';
import * as stories from './BookingWidget.stories';

/** Presses Tab until the focused element's accessible name matches (keyboard only, like a user). */
async function tabTo(user: ReturnType<typeof userEvent.setup>, name: string | RegExp, limit = 40) {
  for (let i = 0; i < limit; i++) {
    await user.tab();
    const active = document.activeElement as HTMLElement;
    const label =
      active.getAttribute('aria-label') ??
      ((active as HTMLInputElement).labels?.[0]?.textContent || active.textContent || '');
    if (typeof name === 'string' ? label.trim() === name : name.test(label)) return active;
  }
  throw new Error(`Tab never reached ${name}; focus is on ${document.activeElement?.outerHTML}`);
}

const prefilled: BookingWidgetProps['initial'] = {
  serviceId: 'welfare',
  locationId: 'kitaura-branch',
  details: {
    name: '宇和島 太郎',
    nameKana: 'ウワジマ タロウ',
    phone: '0895-24-1111',
    consent: true,
  },
};

function setup(
  props: Partial<BookingWidgetProps> = {},
  options: {
    apiOptions?: MemoryBookingApiOptions;
    wrap?: (api: ReturnType<typeof storyApi>) => BookingApi;
  } = {},
) {
  const memory = storyApi(options.apiOptions);
  const api = options.wrap?.(memory) ?? memory;
  const user = userEvent.setup();
  const callbacks = { onStepChange: vi.fn(), onBooked: vi.fn(), onError: vi.fn() };
  const view = render(<BookingWidget api={api} now={storyNow} {...callbacks} {...props} />);
  return { api: memory, user, ...callbacks, ...view };
}

/** A host page that keeps the step in its own state (as a router would). */
function Host({ api, seen }: { api: BookingApi; seen: BookingStep[] }) {
  const [step, setStep] = useState<BookingStep>('service');
  return (
    <>
      <button type="button" onClick={() => setStep('service')}>
        最初から
      </button>
      <button type="button" onClick={() => setStep('details')}>
        先へ
      </button>
      <BookingWidget
        api={api}
        now={storyNow}
        initial={prefilled}
        step={step}
        onStepChange={(next) => {
          seen.push(next);
          setStep(next);
        }}
      />
    </>
  );
}

const heading = (name: string) => screen.findByRole('heading', { name });
const button = (name: string) => screen.getByRole('button', { name });

/** With everything prefilled: service → place → 25 Nov 8:30 → details → check. */
async function toCheck(user: ReturnType<typeof userEvent.setup>) {
  await screen.findByRole('radio', { name: '生活保護の相談', checked: true });
  await user.click(button('次へ進む'));
  await heading('相談する場所を選ぶ');
  await user.click(button('次へ進む'));
  await user.click(await screen.findByRole('button', { name: /11月25日 水曜日、予約できます/ }));
  await user.click(screen.getByRole('radio', { name: '8:30〜9:30' }));
  await user.click(button('次へ進む'));
  await user.click(await screen.findByRole('button', { name: '入力内容の確認へ進む' }));
  await heading('入力内容を確認する');
}

describe('BookingWidget', () => {
  it('books from start to confirmation with the keyboard only', async () => {
    const { user, api, onBooked, onStepChange } = setup();
    await screen.findByRole('radio', { name: '生活保護の相談' });
    // Tab into the service question, choose with the arrow keys, continue with Enter.
    await user.tab();
    expect(screen.getByRole('radio', { name: '移住・定住支援' })).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(screen.getByRole('radio', { name: '生活保護の相談' })).toBeChecked();
    await user.tab();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { name: '相談する場所を選ぶ' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('radio', { name: '北浦支所' })).toHaveFocus();
    await user.keyboard(' ');
    await user.tab();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { name: '日時を選ぶ' })).toHaveFocus();
    await tabTo(user, /2026年\(令和8年\)11月25日 水曜日/);
    await user.keyboard('{Enter}');
    await tabTo(user, '8:30〜9:30');
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('radio', { name: '9:00〜10:00' })).toBeChecked();
    await tabTo(user, '次へ進む');
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { name: 'お客様の情報を入力する' })).toHaveFocus();
    await user.tab();
    await user.keyboard('宇和島 太郎');
    await user.tab();
    await user.keyboard('うわじま たろう');
    await user.tab();
    expect(screen.getByLabelText(/フリガナ/)).toHaveValue('ウワジマ　タロウ');
    expect(screen.getByText('フリガナをカタカナに直しました：ウワジマ タロウ')).toBeInTheDocument();
    await user.keyboard('0895-24-1111');
    await tabTo(user, '個人情報の取り扱いに同意します');
    await user.keyboard(' ');
    await tabTo(user, '入力内容の確認へ進む');
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { name: '入力内容を確認する' })).toHaveFocus();
    await tabTo(user, 'この内容で予約する');
    await user.keyboard('{Enter}');
    const title = await screen.findByRole('heading', { name: '予約が完了しました' });
    await waitFor(() => expect(title).toHaveFocus());
    expect(onBooked).toHaveBeenCalledTimes(1);
    const booked = api.bookings();
    expect(booked).toHaveLength(1);
    expect(booked[0]).toMatchObject({
      start: '2026-11-25T09:00:00+09:00',
      resident: { name: '宇和島 太郎', nameKana: 'ウワジマ　タロウ', phone: '0895-24-1111' },
    });
    expect(screen.getByText(onBooked.mock.calls[0]![0].booking.reference)).toBeInTheDocument();
    expect(onStepChange.mock.calls.map(([step]) => step)).toEqual([
      'place',
      'datetime',
      'details',
      'check',
      'confirmation',
    ]);
  });

  it('validates on continue: the error summary takes focus, links to the question, and the step stays', async () => {
    const { user, onStepChange } = setup();
    await screen.findAllByRole('radio');
    await user.click(button('次へ進む'));
    const summary = screen.getByRole('region', { name: 'エラー：入力内容を確認してください' });
    await waitFor(() => expect(summary).toHaveFocus());
    await user.click(within(summary).getByRole('link', { name: '相談の内容を選んでください' }));
    expect(screen.getByRole('radio', { name: '移住・定住支援' })).toHaveFocus();
    // A second failed continue moves focus to the summary again.
    await user.click(button('次へ進む'));
    await waitFor(() => expect(summary).toHaveFocus());
    expect(onStepChange).not.toHaveBeenCalled();
  });

  it('returns to check answers after a change, keeping every other answer', async () => {
    const { user } = setup({ initial: prefilled });
    await toCheck(user);
    await user.click(button('変更 氏名'));
    expect(await heading('お客様の情報を入力する')).toHaveFocus();
    const name = screen.getByRole('textbox', { name: /氏名/ });
    await user.clear(name);
    await user.type(name, '宇和島 花子');
    await user.click(button('確認画面に戻る'));
    expect(await heading('入力内容を確認する')).toHaveFocus();
    expect(screen.getByText('宇和島 花子')).toBeInTheDocument();
    expect(screen.getByText('2026年11月25日(水) 8:30〜9:30')).toBeInTheDocument();
    // Changing the time also comes back here.
    await user.click(button('変更 日時'));
    await user.click(await screen.findByRole('radio', { name: '9:00〜10:00' }));
    await user.click(button('確認画面に戻る'));
    await heading('入力内容を確認する');
    expect(screen.getByText('2026年11月25日(水) 9:00〜10:00')).toBeInTheDocument();
  });

  it('recovers from a slot taken meanwhile (409): alternatives, then straight back to check answers', async () => {
    const { user, api, onBooked } = setup({ initial: prefilled }, { wrap: racingApi });
    await toCheck(user);
    await user.click(button('この内容で予約する'));
    expect(await heading('日時を選ぶ')).toHaveFocus();
    expect(
      await screen.findByRole('heading', { name: /選んだ時間は予約できなくなりました/ }),
    ).toBeInTheDocument();
    expect(screen.getByText('選んでいた日時：2026年11月25日(水) 8:30〜9:30')).toBeInTheDocument();
    // The booth is busy until 9:30 plus its 10-minute buffer: the nearest free time is 10:00.
    const alternatives = screen.getAllByRole('button', { name: /を選ぶ$/ });
    expect(alternatives[0]).toHaveAccessibleName('2026年11月25日(水) 10:00〜11:00を選ぶ');
    await user.click(alternatives[0]!);
    expect(screen.getByRole('radio', { name: '10:00〜11:00' })).toBeChecked();
    expect(screen.queryByText(/選んでいた日時/)).not.toBeInTheDocument();
    await user.click(button('確認画面に戻る'));
    await heading('入力内容を確認する');
    await user.click(button('この内容で予約する'));
    await heading('予約が完了しました');
    expect(onBooked).toHaveBeenCalledTimes(1);
    expect(api.bookings().map((booking) => booking.start)).toEqual([
      '2026-11-25T08:30:00+09:00',
      '2026-11-25T10:00:00+09:00',
    ]);
  });

  it('keeps everything after a failed send and books once on retry', async () => {
    let failures = 1;
    const { user, api, onError } = setup(
      { initial: prefilled },
      {
        apiOptions: {
          failWith: (operation) =>
            operation === 'createBooking' && failures-- > 0 ? networkError() : undefined,
        },
      },
    );
    await toCheck(user);
    await user.click(button('この内容で予約する'));
    expect(await screen.findByText(/通信できませんでした/)).toBeInTheDocument();
    expect(onError).toHaveBeenCalledWith(
      expect.objectContaining({ code: 'network_error' }),
      'submit',
    );
    await user.click(button('もう一度送信する'));
    await heading('予約が完了しました');
    expect(api.bookings()).toHaveLength(1);
  });

  it('tells the host page when services cannot be loaded, and retries', async () => {
    let failures = 2;
    const { user, onError } = setup(
      {},
      { apiOptions: { failWith: () => (failures-- > 0 ? networkError() : undefined) } },
    );
    await user.click(await screen.findByRole('button', { name: 'もう一度読み込む' }));
    expect(await screen.findByRole('radio', { name: '生活保護の相談' })).toBeInTheDocument();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ status: 0 }), 'services');
  });

  it('follows a controlled step and reports its own moves', async () => {
    const user = userEvent.setup();
    const seen: BookingStep[] = [];
    render(<Host api={storyApi()} seen={seen} />);
    await screen.findByRole('radio', { name: '生活保護の相談', checked: true });
    await user.click(button('次へ進む'));
    expect(await heading('相談する場所を選ぶ')).toHaveFocus();
    await user.click(button('最初から'));
    expect(await heading('相談の内容を選ぶ')).toHaveFocus();
    // The date is not chosen yet: the widget refuses to skip ahead and reports where it is.
    await user.click(button('先へ'));
    await heading('相談の内容を選ぶ');
    expect(seen).toEqual(['place', 'service']);
  });

  it('works under StrictMode, whose remount disposes the first store', async () => {
    const user = userEvent.setup();
    render(
      <StrictMode>
        <BookingWidget api={storyApi()} now={storyNow} />
      </StrictMode>,
    );
    await user.click(await screen.findByRole('radio', { name: '生活保護の相談' }));
    await user.click(button('次へ進む'));
    expect(await heading('相談する場所を選ぶ')).toHaveFocus();
  });

  itPassesAxeForEveryStory(stories);
});
