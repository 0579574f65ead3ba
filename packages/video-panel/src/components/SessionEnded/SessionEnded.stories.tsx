import type { Meta, StoryObj } from '@storybook/react-vite';
import { findIn, StorySession } from '../storySupport';
import { SessionEnded } from './SessionEnded';

const end = (reason: 'ended-by-host' | 'removed') => ({
  script: [{ afterMs: 0, action: { type: 'end' as const, reason } }],
});

const meta = {
  title: 'Video/SessionEnded',
  component: SessionEnded,
  tags: ['autodocs'],
  decorators: [
    (Story, { parameters }) => (
      <StorySession join engine={parameters.simulation} details={parameters.details}>
        <Story />
      </StorySession>
    ),
  ],
  parameters: { simulation: end('ended-by-host') },
  args: { children: <a href="#book">もう一度予約する</a> },
  play: async ({ canvasElement }) => {
    await findIn(canvasElement, '.machi-session-ended');
  },
} satisfies Meta<typeof SessionEnded>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The host ended the call; the host app offers to book again. */
export const EndedByHost: Story = {};

/** Removed by the host. */
export const Removed: Story = { parameters: { simulation: end('removed') } };

/** Could not connect: the reason, and a retry. */
export const FailedToConnect: Story = { parameters: { simulation: { joinError: 'session-full' } } };

/** The room pass expired: reload, no retry. */
export const TokenExpired: Story = {
  parameters: { simulation: {}, details: { expiresAt: '2020-01-01T00:00:00+09:00' } },
};

/** English. */
export const English: Story = { globals: { locale: 'en' }, args: { children: undefined } };

/** やさしい日本語. */
export const EasyJapanese: Story = { globals: { locale: 'ja-easy' } };

/** High-contrast theme. */
export const HighContrast: Story = { globals: { theme: 'high-contrast' } };
