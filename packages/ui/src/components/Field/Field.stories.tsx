import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { TextInput } from '../TextInput/TextInput';
import { Field } from './Field';

const meta = {
  title: 'Forms/Field',
  component: Field,
  tags: ['autodocs'],
  args: {
    id: 'name',
    label: '氏名',
    hint: '姓と名の間にスペースを入れてください',
    required: true,
    children: <TextInput name="name" autoComplete="name" />,
  },
} satisfies Meta<typeof Field>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Empty, required, with a hint. */
export const Default: Story = {};

/** With an answer. */
export const Filled: Story = {
  args: { children: <TextInput name="name" autoComplete="name" defaultValue="山田 太郎" /> },
};

/** After a failed submit: red bar, message first, the answer kept. */
export const WithError: Story = {
  args: {
    error: '氏名を入力してください',
    children: <TextInput name="name" autoComplete="name" defaultValue="" />,
  },
};

/** Optional questions are marked too (※任意), as the Digital Agency asks. */
export const Optional: Story = {
  args: {
    label: '電話番号',
    hint: undefined,
    required: false,
    id: 'phone',
    children: <TextInput name="phone" type="tel" autoComplete="tel" width="20" />,
  },
};

/** Not editable now. */
export const Disabled: Story = {
  args: { disabled: true, children: <TextInput name="name" defaultValue="山田 太郎" /> },
};

/** English. */
export const English: Story = {
  args: {
    label: 'Full name',
    hint: 'Put a space between your family name and given name',
    error: 'Enter your full name',
  },
  globals: { locale: 'en' },
};

/** やさしい日本語. */
export const EasyJapanese: Story = {
  args: {
    label: 'なまえ',
    hint: 'みょうじ と なまえ の あいだに スペースを 入れて ください',
    error: 'なまえを 書いて ください',
  },
  globals: { locale: 'ja-easy' },
};

/** High contrast, with an error. */
export const HighContrast: Story = {
  args: { error: '氏名を入力してください' },
  globals: { theme: 'high-contrast' },
};

/** Phone width. */
export const Mobile: Story = {
  args: { error: '氏名を入力してください' },
  globals: { viewport: { value: 'mobile', isRotated: false } },
};

/** The label names the box, and the hint and error describe it. */
export const Wiring: Story = {
  args: { error: '氏名を入力してください' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByLabelText(/氏名/);
    await userEvent.type(input, '山田 太郎');
    await expect(input).toHaveValue('山田 太郎');
    // Chromium puts a space after the visually hidden prefix, jsdom does not.
    await expect(input).toHaveAccessibleDescription(
      /^姓と名の間にスペースを入れてください エラー：\s?氏名を入力してください$/,
    );
    await expect(input).toBeInvalid();
  },
};
