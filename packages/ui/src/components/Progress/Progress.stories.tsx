import type { Meta, StoryObj } from '@storybook/react-vite';
import { Progress } from './Progress';

const meta = {
  title: 'Feedback/Progress',
  component: Progress,
  tags: ['autodocs'],
  args: { label: '写真をアップロードしています', value: 40 },
} satisfies Meta<typeof Progress>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Part way: label, percentage and bar. */
export const Default: Story = {};

/** Not started. */
export const Empty: Story = { args: { value: 0 } };

/** Done: the bar turns to the success colour. */
export const Complete: Story = { args: { label: 'アップロードしました', value: 100 } };

/** Counting things rather than percent, with the value in words. */
export const CustomScale: Story = {
  args: { label: '書類の確認', value: 3, max: 5, valueText: '5件中3件' },
};

/** Unknown length: no number; with reduced motion a still striped bar. */
export const Indeterminate: Story = { args: { label: '送信しています', value: null } };

/** English. */
export const English: Story = { globals: { locale: 'en' }, args: { label: 'Uploading photo' } };

/** やさしい日本語. */
export const EasyJapanese: Story = {
  globals: { locale: 'ja-easy' },
  args: { label: '写真を 送っています' },
};

/** High-contrast theme. */
export const HighContrast: Story = { globals: { theme: 'high-contrast' } };

/** Phone width: label and value wrap. */
export const Mobile: Story = {
  globals: { viewport: { value: 'mobile', isRotated: false } },
  args: { label: '避難所の報告を送っています（写真3枚）', value: 66 },
};
