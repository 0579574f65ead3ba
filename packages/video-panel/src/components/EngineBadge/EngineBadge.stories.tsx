import type { Meta, StoryObj } from '@storybook/react-vite';
import { EngineBadge } from './EngineBadge';

const meta = {
  title: 'Video/EngineBadge',
  component: EngineBadge,
  tags: ['autodocs'],
} satisfies Meta<typeof EngineBadge>;

export default meta;
type Story = StoryObj<typeof meta>;

/** zoom */
export const Zoom: Story = { args: { engine: 'zoom' } };

/** simulated */
export const Simulated: Story = { args: { engine: 'simulated' } };

/** English. */
export const English: Story = { args: { engine: 'zoom' }, globals: { locale: 'en' } };

/** やさしい日本語. */
export const EasyJapanese: Story = { args: { engine: 'zoom' }, globals: { locale: 'ja-easy' } };

/** High-contrast theme. */
export const HighContrast: Story = {
  args: { engine: 'zoom' },
  globals: { theme: 'high-contrast' },
};
