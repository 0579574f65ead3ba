import type { Meta, StoryObj } from '@storybook/react-vite';
import { NetworkIndicator } from './NetworkIndicator';

const meta = {
  title: 'Video/NetworkIndicator',
  component: NetworkIndicator,
  tags: ['autodocs'],
  args: { quality: 'good', showLabel: true },
} satisfies Meta<typeof NetworkIndicator>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Good: three bars. */
export const Good: Story = {};

/** Fair: two bars. */
export const Fair: Story = { args: { quality: 'fair' } };

/** Poor: one bar, in the error colour. */
export const Poor: Story = { args: { quality: 'poor' } };

/** Not reported yet. */
export const Unknown: Story = { args: { quality: 'unknown' } };

/** Bars only; the words are for screen readers (as on a video tile). */
export const BarsOnly: Story = { args: { quality: 'poor', showLabel: false } };

/** English. */
export const English: Story = { args: { quality: 'fair' }, globals: { locale: 'en' } };

/** やさしい日本語. */
export const EasyJapanese: Story = { args: { quality: 'poor' }, globals: { locale: 'ja-easy' } };

/** High-contrast theme. */
export const HighContrast: Story = {
  args: { quality: 'poor' },
  globals: { theme: 'high-contrast' },
};
