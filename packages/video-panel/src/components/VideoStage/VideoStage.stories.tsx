import type { Meta, StoryObj } from '@storybook/react-vite';
import { classroom, findIn, StorySession, specialist } from '../storySupport';
import { VideoStage } from './VideoStage';

const meta = {
  title: 'Video/VideoStage',
  component: VideoStage,
  tags: ['autodocs'],
  decorators: [
    (Story, { parameters }) => (
      <StorySession join engine={{ participants: [specialist], ...parameters.simulation }}>
        <Story />
      </StorySession>
    ),
  ],
  args: { layout: 'speaker' },
  play: async ({ canvasElement }) => {
    await findIn(canvasElement, '.machi-video-tile');
  },
} satisfies Meta<typeof VideoStage>;

export default meta;
type Story = StoryObj<typeof meta>;

/** 1:1: the specialist large (speaking frame), the resident small. */
export const OneToOne: Story = {};

/** Alone in the room, waiting. */
export const Waiting: Story = { parameters: { simulation: { participants: [] } } };

/** Gallery of 9. */
export const Gallery9: Story = {
  args: { layout: 'gallery' },
  parameters: { simulation: { participants: classroom(8) } },
};

/** Gallery of 25. */
export const Gallery25: Story = {
  args: { layout: 'gallery' },
  parameters: { simulation: { participants: classroom(24) } },
};

/** More than the engine renders at once: pages. */
export const Paginated: Story = {
  args: { layout: 'gallery' },
  parameters: { simulation: { participants: classroom(12), maxRenderableVideos: 4 } },
};

/** Someone shares a screen. */
export const Sharing: Story = {
  parameters: { simulation: { participants: [{ ...specialist, sharing: true }] } },
};

/** English. */
export const English: Story = { globals: { locale: 'en' } };

/** やさしい日本語. */
export const EasyJapanese: Story = { globals: { locale: 'ja-easy' } };

/** A phone. */
export const Mobile: Story = {
  args: { layout: 'gallery' },
  parameters: { simulation: { participants: classroom(8) } },
  globals: { viewport: { value: 'mobile' } },
};

/** High-contrast theme. */
export const HighContrast: Story = { globals: { theme: 'high-contrast' } };
