import type { Meta, StoryObj } from '@storybook/react-vite';
import { StorySession } from '../storySupport';
import { PreJoin } from './PreJoin';

const meta = {
  title: 'Video/PreJoin',
  component: PreJoin,
  tags: ['autodocs'],
  decorators: [
    (Story, { parameters }) => (
      <StorySession engine={parameters.simulation}>
        <Story />
      </StorySession>
    ),
  ],
} satisfies Meta<typeof PreJoin>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Camera preview (drawn, in demo mode), microphone level, pickers and name. */
export const Default: Story = {};

/** Camera and microphone refused: how to allow them. */
export const PermissionDenied: Story = {
  parameters: { simulation: { deviceErrors: { camera: 'denied', microphone: 'denied' } } },
};

/** No camera: sound only is still possible. */
export const NoCamera: Story = {
  parameters: { simulation: { deviceErrors: { camera: 'missing' } } },
};

/** Another app holds the microphone. */
export const MicrophoneInUse: Story = {
  parameters: { simulation: { deviceErrors: { microphone: 'in-use' } } },
};

/** The real camera and microphone (or guidance where the browser has none). */
export const WithYourCamera: Story = { parameters: { simulation: { localMedia: 'device' } } };

/** English. */
export const English: Story = { globals: { locale: 'en' } };

/** やさしい日本語. */
export const EasyJapanese: Story = { globals: { locale: 'ja-easy' } };

/** A phone. */
export const Mobile: Story = { globals: { viewport: { value: 'mobile' } } };

/** High-contrast theme. */
export const HighContrast: Story = { globals: { theme: 'high-contrast' } };
