import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { CheckboxGroup } from './CheckboxGroup';

const meta = {
  title: 'Forms/CheckboxGroup',
  component: CheckboxGroup,
  tags: ['autodocs'],
  args: {
    id: 'support',
    name: 'support',
    label: '当日必要な配慮',
    hint: 'あてはまるものをすべて選んでください',
    required: false,
    options: [
      { value: 'wheelchair', label: '車いすで来庁します' },
      { value: 'interpreter', label: '手話通訳が必要です', hint: '3日前までにお申し込みください' },
      { value: 'large-text', label: '大きな文字の資料がほしい' },
      { value: 'companion', label: '家族が同席します' },
    ],
  },
} satisfies Meta<typeof CheckboxGroup>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Nothing chosen; an optional question. */
export const Default: Story = {};

/** Some answers chosen. */
export const Filled: Story = { args: { defaultValue: ['wheelchair', 'companion'] } };

/** Required, after a failed submit. */
export const WithError: Story = {
  args: {
    id: 'documents',
    name: 'documents',
    label: '持参する本人確認書類',
    hint: undefined,
    required: true,
    error: '持参する本人確認書類を選んでください',
    options: [
      { value: 'mynumber', label: 'マイナンバーカード' },
      { value: 'license', label: '運転免許証' },
      { value: 'passport', label: 'パスポート' },
    ],
  },
};

/** Not available now. */
export const Disabled: Story = { args: { disabled: true, defaultValue: ['large-text'] } };

/** English. */
export const English: Story = {
  args: {
    label: 'Do you need any support on the day?',
    hint: 'Select all that apply',
    options: [
      { value: 'wheelchair', label: 'I use a wheelchair' },
      { value: 'interpreter', label: 'I need a sign language interpreter' },
    ],
  },
  globals: { locale: 'en' },
};

/** やさしい日本語. */
export const EasyJapanese: Story = {
  args: {
    label: 'てつだいが ひつようですか',
    hint: 'ぜんぶ えらんで ください',
    options: [
      { value: 'wheelchair', label: 'くるまいす です' },
      { value: 'large-text', label: '大きい 文字が いいです' },
    ],
  },
  globals: { locale: 'ja-easy' },
};

/** High contrast, with answers chosen. */
export const HighContrast: Story = {
  args: { defaultValue: ['interpreter'] },
  globals: { theme: 'high-contrast' },
};

/** Phone width. */
export const Mobile: Story = { globals: { viewport: { value: 'mobile', isRotated: false } } };

/** Space toggles the focused answer; Tab moves to the next one. */
export const Keyboard: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const first = canvas.getByLabelText('車いすで来庁します');
    first.focus();
    await userEvent.keyboard(' ');
    await userEvent.tab();
    await userEvent.keyboard(' ');
    await expect(first).toBeChecked();
    await expect(canvas.getByLabelText('手話通訳が必要です')).toBeChecked();
  },
};
