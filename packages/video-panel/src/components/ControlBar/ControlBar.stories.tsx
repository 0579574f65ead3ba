import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { findIn, StorySession, specialist } from '../storySupport';
import type { VideoLayout } from '../VideoStage/VideoStage';
import { ControlBar } from './ControlBar';

function Bar({ shortcuts }: { shortcuts?: boolean }) {
  const [layout, setLayout] = useState<VideoLayout>('speaker');
  const [open, setOpen] = useState(false);
  return (
    <ControlBar
      layout={layout}
      onLayoutChange={setLayout}
      participantsOpen={open}
      onParticipantsOpenChange={setOpen}
      shortcuts={shortcuts ?? true}
    />
  );
}

const meta = {
  title: 'Video/ControlBar',
  component: Bar,
  tags: ['autodocs'],
  decorators: [
    (Story, { parameters }) => (
      <StorySession join engine={{ participants: [specialist] }} details={parameters.details}>
        <Story />
      </StorySession>
    ),
  ],
  play: async ({ canvasElement }) => {
    await findIn(canvasElement, '.machi-control-button[aria-pressed="true"]');
  },
} satisfies Meta<typeof Bar>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A resident in a consultation. */
export const Participant: Story = {};

/** The specialist (host): leaving offers "end for everyone". */
export const Host: Story = { parameters: { details: { role: 'host' } } };

/** English. */
export const English: Story = { globals: { locale: 'en' } };

/** やさしい日本語. */
export const EasyJapanese: Story = { globals: { locale: 'ja-easy' } };

/** A phone: the buttons wrap and stay large. */
export const Mobile: Story = { globals: { viewport: { value: 'mobile' } } };

/** High-contrast theme. */
export const HighContrast: Story = { globals: { theme: 'high-contrast' } };
