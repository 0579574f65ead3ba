import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import type { MemoryBookingApiOptions, MemorySeedBooking } from '../../core/index';
import {
  networkError,
  racingRescheduleApi,
  seedBooking,
  settled,
  stillLoading,
  storyApi,
  storyNow,
  useStoryApi,
} from '../storySupport';
import { ManageBooking, type ManageBookingProps } from './ManageBooking';

interface DemoProps extends Omit<ManageBookingProps, 'api'> {
  booking?: Partial<MemorySeedBooking>;
  apiOptions?: MemoryBookingApiOptions;
  race?: boolean;
}

/** The manage page on an in-memory back end holding one booking (token `story-token`). */
function Demo({ booking, apiOptions, race = false, ...props }: DemoProps) {
  const memory = useStoryApi(apiOptions, { bookings: [seedBooking(booking)] });
  const [api] = useState(() => (race ? racingRescheduleApi(memory) : memory));
  return <ManageBooking api={api} now={storyNow} {...props} />;
}

const meta = {
  title: 'Booking/ManageBooking',
  component: ManageBooking,
  tags: ['autodocs'],
  play: settled,
  parameters: { docs: { story: { inline: false, iframeHeight: 900 } } },
  args: {
    api: storyApi(),
    reference: 'UWJ-7K4P-M2',
    token: 'story-token',
    onCancelled: fn(),
    onRescheduled: fn(),
    onError: fn(),
    contact: <p>宇和島市役所 福祉課　電話 0895-24-1111（平日 8:30〜17:15）</p>,
  },
  render: ({ api: _api, ...args }) => <Demo {...args} />,
} satisfies Meta<typeof ManageBooking>;

export default meta;
type Story = StoryObj<typeof meta>;

type Canvas = ReturnType<typeof within>;

/** A render with another seed booking or back-end behaviour. */
const demo =
  (extra: Pick<DemoProps, 'booking' | 'apiOptions' | 'race'>): Story['render'] =>
  ({ api: _api, ...args }) => <Demo {...args} {...extra} />;

/** Opens the reschedule form and chooses 3 December, 13:00. */
async function chooseNewTime(canvas: Canvas) {
  await userEvent.click(await canvas.findByRole('button', { name: '日時を変更する' }));
  await userEvent.click(
    await canvas.findByRole('button', { name: /12月3日 木曜日、予約できます/ }),
  );
  await userEvent.click(await canvas.findByRole('radio', { name: '13:00〜14:00' }));
  await userEvent.click(canvas.getByRole('button', { name: 'この日時に変更する' }));
}

/** A confirmed booking at a branch: details, until when it can be changed, and the two actions. */
export const Default: Story = {};

/** A booking from home: how to join the video call. */
export const FromHome: Story = {
  render: demo({ booking: { locationId: 'home', boothId: undefined } }),
};

/** Moving the booking with the slot picker. */
export const Reschedule: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await chooseNewTime(canvas);
    await expect(
      await canvas.findByRole('heading', { name: /日時を変更しました/ }),
    ).toBeInTheDocument();
  },
};

/** The new time was taken meanwhile (409): the nearby alternatives are offered. */
export const RescheduleSlotTaken: Story = {
  render: demo({ race: true }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await chooseNewTime(canvas);
    await expect(
      await canvas.findByRole('heading', { name: /選んだ時間は予約できなくなりました/ }),
    ).toBeInTheDocument();
  },
};

/** Cancelling asks first; nothing is cancelled until the resident confirms. */
export const Cancel: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: '予約を取り消す' }));
    const dialog = await within(document.body).findByRole('dialog', {
      name: '予約を取り消しますか',
    });
    await userEvent.click(within(dialog).getByRole('button', { name: '取り消す' }));
    await waitFor(() =>
      expect(canvas.getByRole('heading', { name: /予約を取り消しました/ })).toBeInTheDocument(),
    );
  },
};

/** A cancelled booking: nothing can be changed, and the page says so. */
export const Cancelled: Story = { render: demo({ booking: { status: 'cancelled' } }) };

/** Past the cut-off (close of the previous business day): explained, with whom to call. */
export const CutoffPassed: Story = {
  render: demo({ booking: { start: '2026-11-24T15:00:00+09:00' } }),
};

/** After the session: its outcome, no actions. */
export const Done: Story = {
  render: demo({ booking: { start: '2026-11-20T10:00:00+09:00', status: 'done' } }),
};

/** A wrong or expired link: the same answer whether the reference exists or not. */
export const NotFound: Story = { args: { token: 'wrong-token' } };

/** Waiting for the server. */
export const Loading: Story = {
  render: demo({ apiOptions: { latencyMs: 600_000 } }),
  play: stillLoading,
};

/** Offline: the message and a way to try again. */
export const NetworkError: Story = {
  render: demo({ apiOptions: { failWith: () => networkError() } }),
};

/** English. */
export const English: Story = { globals: { locale: 'en' } };

/** やさしい日本語. */
export const EasyJapanese: Story = { globals: { locale: 'ja-easy' } };

/** High-contrast theme. */
export const HighContrast: Story = { globals: { theme: 'high-contrast' } };

/** Phone width. */
export const Mobile: Story = { globals: { viewport: { value: 'mobile', isRotated: false } } };
