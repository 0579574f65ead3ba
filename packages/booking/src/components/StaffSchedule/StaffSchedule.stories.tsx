import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { MemoryBookingApiOptions } from '../../core/index';
import {
  failOn,
  networkError,
  SignedIn,
  settled,
  staffSeedBookings,
  stillLoading,
  storyApi,
  storyNow,
  unauthorized,
  useStoryApi,
} from '../storySupport';
import { StaffSchedule, type StaffScheduleProps } from './StaffSchedule';

interface DemoProps extends Omit<StaffScheduleProps, 'api'> {
  apiOptions?: MemoryBookingApiOptions;
  /** `null`: nobody signed in. */
  username?: string | null;
}

/** The schedule of the sample welfare specialist, signed in on an in-memory back end. */
function Demo({ apiOptions, username = 'fukushi', ...props }: DemoProps) {
  const api = useStoryApi(apiOptions, { bookings: staffSeedBookings() });
  return (
    <SignedIn api={api} username={username}>
      <StaffSchedule api={api} now={storyNow} {...props} />
    </SignedIn>
  );
}

const meta = {
  title: 'Booking/StaffSchedule',
  component: StaffSchedule,
  tags: ['autodocs'],
  args: { api: storyApi() },
  play: settled,
  render: ({ api: _api, ...args }) => <Demo {...args} />,
} satisfies Meta<typeof StaffSchedule>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Today: a session that has started (record its outcome), a cancelled one, one this afternoon. */
export const Day: Story = {
  play: async (context) => {
    await settled(context);
    await expect(await within(context.canvasElement).findByText('宇和島 花子')).toBeInTheDocument();
  },
};

/** Monday to Sunday, one heading per day. */
export const Week: Story = { args: { defaultView: 'week' } };

/** A day without sessions. */
export const EmptyDay: Story = { args: { defaultDate: { year: 2026, month: 11, day: 28 } } };

/** Recording that a session took place. */
export const MarkDone: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: '相談済みにする' }));
    await waitFor(() => expect(canvas.getAllByText('相談済み').length).toBeGreaterThan(0));
  },
};

/** Each confirmed session links to its video room: an ordinary link, so the room loads as a page. */
export const RoomLinks: Story = {
  args: { roomHref: (booking) => `/consultation/room/${encodeURIComponent(booking.reference)}` },
  play: async (context) => {
    await settled(context);
    const canvas = within(context.canvasElement);
    await expect(await canvas.findAllByRole('link', { name: /ビデオ相談室に入る/ })).toHaveLength(
      2,
    );
  },
};

/** The sign-in ended before recording an outcome (the server's idle timeout): asks to sign in again. */
export const SessionExpiredOnStatus: Story = {
  render: ({ api: _api, ...args }) => (
    <Demo {...args} apiOptions={failOn('staff.setStatus', unauthorized)} />
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: '相談済みにする' }));
    await expect(
      await canvas.findByRole('heading', { name: /サインインしてください/ }),
    ).toBeInTheDocument();
  },
};

/** Nobody is signed in (401): asks to sign in. */
export const SignedOut: Story = {
  render: ({ api: _api, ...args }) => <Demo {...args} username={null} />,
};

/** Waiting for the server. */
export const Loading: Story = {
  render: ({ api: _api, ...args }) => (
    <Demo {...args} username={null} apiOptions={{ latencyMs: 600_000 }} />
  ),
  play: stillLoading,
};

/** Offline: the message and a way to try again. */
export const NetworkError: Story = {
  render: ({ api: _api, ...args }) => (
    <Demo {...args} apiOptions={failOn('staff.schedule', networkError)} />
  ),
};

/** English. */
export const English: Story = { globals: { locale: 'en' } };

/** やさしい日本語. */
export const EasyJapanese: Story = { globals: { locale: 'ja-easy' } };

/** High-contrast theme. */
export const HighContrast: Story = { globals: { theme: 'high-contrast' } };

/** Phone width (a specialist checking the day on the way in). */
export const Mobile: Story = { globals: { viewport: { value: 'mobile', isRotated: false } } };
