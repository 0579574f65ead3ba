import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Field } from '../Field/Field';
import { TextInput } from './TextInput';

const meta = {
  title: 'Forms/TextInput',
  component: TextInput,
  tags: ['autodocs'],
  args: { name: 'email', type: 'email', autoComplete: 'email' },
  render: (args) => (
    <Field id="email" label="メールアドレス" hint="予約の確認を送ります" required>
      <TextInput {...args} />
    </Field>
  ),
} satisfies Meta<typeof TextInput>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Empty, inside a Field. */
export const Default: Story = {};

/** With an answer. */
export const Filled: Story = { args: { defaultValue: 'taro@example.jp' } };

/** GOV.UK fixed widths: the box's width hints at the answer's length. */
export const Widths: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: '1.5rem' }}>
      {(['2', '4', '5', '10', '20', '30', 'full'] as const).map((width) => (
        <Field key={width} label={`幅 ${width}`} hideRequirement>
          <TextInput {...args} type="text" width={width} />
        </Field>
      ))}
    </div>
  ),
};

/** Postal code: digits, fixed width, numeric keyboard. */
export const PostalCode: Story = {
  args: {
    name: 'postal',
    type: 'text',
    inputMode: 'numeric',
    autoComplete: 'postal-code',
    width: '10',
  },
  render: (args) => (
    <Field id="postal" label="郵便番号" hint="例：798-8601" required>
      <TextInput {...args} />
    </Field>
  ),
};

/** On its own, named by `aria-label`. */
export const Standalone: Story = {
  args: { 'aria-label': 'サイト内検索', type: 'search', name: 'q', autoComplete: 'off' },
  render: (args) => <TextInput {...args} />,
};

/** After a failed submit; the wrong answer is kept so it can be corrected. */
export const WithError: Story = {
  args: { defaultValue: 'taro@example' },
  render: (args) => (
    <Field
      id="email"
      label="メールアドレス"
      error="メールアドレスを正しく入力してください"
      required
    >
      <TextInput {...args} />
    </Field>
  ),
};

/** Not editable now. */
export const Disabled: Story = { args: { disabled: true, defaultValue: 'taro@example.jp' } };

/** English. */
export const English: Story = {
  globals: { locale: 'en' },
  render: (args) => (
    <Field id="email" label="Email address" hint="We send your booking confirmation here" required>
      <TextInput {...args} />
    </Field>
  ),
};

/** やさしい日本語. */
export const EasyJapanese: Story = {
  globals: { locale: 'ja-easy' },
  render: (args) => (
    <Field id="email" label="メール" hint="よやくの おしらせを おくります" required>
      <TextInput {...args} />
    </Field>
  ),
};

/** High contrast, with an answer. */
export const HighContrast: Story = {
  args: { defaultValue: 'taro@example.jp' },
  globals: { theme: 'high-contrast' },
};

/** Phone width. */
export const Mobile: Story = { globals: { viewport: { value: 'mobile', isRotated: false } } };

/** Typing: the label names the box and the typed text stays. */
export const Typing: Story = {
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByLabelText(/メールアドレス/);
    await userEvent.type(input, 'hanako@example.jp');
    await expect(input).toHaveValue('hanako@example.jp');
    await expect(input).toHaveAccessibleDescription('予約の確認を送ります');
  },
};
