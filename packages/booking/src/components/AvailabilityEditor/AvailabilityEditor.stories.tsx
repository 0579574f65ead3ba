import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { type MemoryBookingApiOptions, sampleBookingSeed } from '../../core/index';
import {
  failOn,
  networkError,
  SignedIn,
  settled,
  stillLoading,
  storyApi,
  unauthorized,
  useStoryApi,
} from '../storySupport';
import { AvailabilityEditor, type AvailabilityEditorProps } from './AvailabilityEditor';

interface DemoProps extends Omit<AvailabilityEditorProps, 'api'> {
  apiOptions?: MemoryBookingApiOptions;
  username?: string | null;
  withExceptions?: boolean;
}

/** The sample welfare specialist's hours: weekdays with a lunch break. */
function Demo({ apiOptions, username = 'fukushi', withExceptions = false, ...props }: DemoProps) {
  const staff = sampleBookingSeed().staff.map((member) =>
    withExceptions && member.username === 'fukushi'
      ? {
          ...member,
          exceptions: [
            { date: '2026-12-10', hours: [], note: '研修' },
            { date: '2026-12-14', hours: [{ start: '13:00', end: '17:15' }], note: '午前は出張' },
          ],
        }
      : member,
  );
  const api = useStoryApi(apiOptions, { staff });
  return (
    <SignedIn api={api} username={username}>
      <AvailabilityEditor api={api} {...props} />
    </SignedIn>
  );
}

const meta = {
  title: 'Booking/AvailabilityEditor',
  component: AvailabilityEditor,
  tags: ['autodocs'],
  args: { api: storyApi() },
  play: settled,
  render: ({ api: _api, ...args }) => <Demo {...args} />,
} satisfies Meta<typeof AvailabilityEditor>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Weekly hours with a lunch break; no exceptions yet. */
export const Default: Story = {};

/** A training day off and a half day. */
export const WithExceptions: Story = {
  render: ({ api: _api, ...args }) => <Demo {...args} withExceptions />,
};

/** An end before its start: the server's rule, shown GOV.UK style with a linked error summary. */
export const ValidationErrors: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const monday = await canvas.findByRole('group', { name: '月曜日の時間帯1' });
    const end = within(monday).getByLabelText('終了');
    await userEvent.clear(end);
    await userEvent.type(end, '08:00');
    await userEvent.click(canvas.getByRole('button', { name: '保存する' }));
    const summary = await canvas.findByRole('region', { name: /エラー/ });
    await waitFor(() => expect(summary).toHaveFocus());
  },
};

/** Saved: said in a success notice. */
export const Saved: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: '保存する' }));
    await expect(
      await canvas.findByRole('heading', { name: /受付時間を保存しました/ }),
    ).toBeInTheDocument();
  },
};

/** Waiting for the server. */
export const Loading: Story = {
  render: ({ api: _api, ...args }) => (
    <Demo {...args} username={null} apiOptions={{ latencyMs: 600_000 }} />
  ),
  play: stillLoading,
};

/** Nobody is signed in (401): asks to sign in, not about a wrong link. */
export const SignedOut: Story = {
  render: ({ api: _api, ...args }) => <Demo {...args} username={null} />,
  play: async (context) => {
    await settled(context);
    await expect(
      await within(context.canvasElement).findByRole('heading', { name: /サインインしてください/ }),
    ).toBeInTheDocument();
  },
};

/** The sign-in ended while editing (the server's idle timeout): saving asks to sign in again. */
export const SessionExpiredOnSave: Story = {
  render: ({ api: _api, ...args }) => (
    <Demo {...args} apiOptions={failOn('staff.saveAvailability', unauthorized)} />
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: '保存する' }));
    await expect(
      await canvas.findByRole('heading', { name: /サインインしてください/ }),
    ).toBeInTheDocument();
  },
};

/** Offline when saving: said in an error notice; what was entered stays to be saved again. */
export const SaveNetworkError: Story = {
  render: ({ api: _api, ...args }) => (
    <Demo {...args} apiOptions={failOn('staff.saveAvailability', networkError)} />
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const monday = await canvas.findByRole('group', { name: '月曜日の時間帯1' });
    const end = within(monday).getByLabelText('終了');
    await userEvent.clear(end);
    await userEvent.type(end, '11:30');
    await userEvent.click(canvas.getByRole('button', { name: '保存する' }));
    await expect(await canvas.findByText(/通信できませんでした/)).toBeInTheDocument();
    await expect(end).toHaveValue('11:30');
  },
};

/** Offline: the hours cannot be loaded; a way to try again. */
export const NetworkError: Story = {
  render: ({ api: _api, ...args }) => (
    <Demo {...args} apiOptions={failOn('staff.availability', networkError)} />
  ),
};

/** English. */
export const English: Story = { globals: { locale: 'en' } };

/** やさしい日本語. */
export const EasyJapanese: Story = { globals: { locale: 'ja-easy' } };

/** High-contrast theme. */
export const HighContrast: Story = { globals: { theme: 'high-contrast' } };

/** Phone width. */
export const Mobile: Story = { globals: { viewport: { value: 'mobile', isRotated: false } } };
