import type { Meta, StoryObj } from '@storybook/react-vite';
import { findIn, StorySession } from '../storySupport';
import { ReconnectingBanner } from './ReconnectingBanner';

const reconnecting = [
  { afterMs: 0, action: { type: 'connection', state: 'reconnecting' } },
] as const;

const meta = {
  title: 'Video/ReconnectingBanner',
  component: ReconnectingBanner,
  tags: ['autodocs'],
  decorators: [
    (Story) => (
      <StorySession join engine={{ script: [...reconnecting] }}>
        <Story />
      </StorySession>
    ),
  ],
  play: async ({ canvasElement }) => {
    await findIn(canvasElement, '.machi-reconnecting');
  },
} satisfies Meta<typeof ReconnectingBanner>;

export default meta;
type Story = StoryObj<typeof meta>;

/** While the SDK reconnects by itself. */
export const Reconnecting: Story = {};

/** English. */
export const English: Story = { globals: { locale: 'en' } };

/** やさしい日本語. */
export const EasyJapanese: Story = { globals: { locale: 'ja-easy' } };

/** High-contrast theme. */
export const HighContrast: Story = { globals: { theme: 'high-contrast' } };
