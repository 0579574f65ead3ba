import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { sampleBookingSeed } from '../../core/index';
import { seedBooking, seededResult, useStoryApi } from '../storySupport';
import { Confirmation, type ConfirmationProps } from './Confirmation';

const { services, locations } = sampleBookingSeed();

/** The confirmation with an in-memory back end that knows the booking (so the .ics downloads). */
function WithApi(props: ConfirmationProps) {
  const api = useStoryApi(
    {},
    { bookings: [seedBooking({ locationId: props.result.booking.locationId })] },
  );
  return <Confirmation {...props} api={api} />;
}

const meta = {
  title: 'Booking/Confirmation',
  component: Confirmation,
  tags: ['autodocs'],
  args: {
    result: seededResult(),
    service: services[2],
    location: locations[0],
    manageUrl: (reference, token) => `#/consultation/manage/${reference}#token=${token}`,
    contact: <p>宇和島市役所 福祉課　電話 0895-24-1111（平日 8:30〜17:15）</p>,
  },
  render: (args) => <WithApi {...args} />,
} satisfies Meta<typeof Confirmation>;

export default meta;
type Story = StoryObj<typeof meta>;

/** At a branch: the reference, what happens next, where to go, what to bring. */
export const Branch: Story = {};

/** From home: how to join the video call. */
export const Home: Story = {
  args: {
    result: seededResult({ locationId: 'home', boothId: undefined }),
    location: locations[4],
  },
};

/** From home, with a link to the booking's video room (the host passes `roomUrl`). */
export const WithRoomLink: Story = {
  args: {
    result: seededResult({ locationId: 'home', boothId: undefined }),
    location: locations[4],
    roomUrl: (reference, token) => `#/consultation/room/${reference}#token=${token}`,
  },
};

/** The reference is copied with one press, and the page says so. */
export const CopyReference: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: '予約番号をコピー' }));
    await expect(
      await canvas.findByText(/予約番号をコピーしました|コピーできませんでした/),
    ).toBeInTheDocument();
  },
};

/** Without a manage page or contact details (the minimum). */
export const Minimal: Story = { args: { manageUrl: undefined, contact: undefined } };

/** English. */
export const English: Story = { globals: { locale: 'en' } };

/** やさしい日本語. */
export const EasyJapanese: Story = { globals: { locale: 'ja-easy' } };

/** High-contrast theme. */
export const HighContrast: Story = { globals: { theme: 'high-contrast' } };

/** Phone width. */
export const Mobile: Story = { globals: { viewport: { value: 'mobile', isRotated: false } } };
