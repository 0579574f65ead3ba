import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { Field } from '../Field/Field';
import { Textarea } from './Textarea';

const meta = {
  title: 'Forms/Textarea',
  component: Textarea,
  tags: ['autodocs'],
  args: { name: 'detail', maxCharacters: 200 },
  render: (args) => (
    <Field id="detail" label="ご相談の内容" hint="わかる範囲で書いてください" required>
      <Textarea {...args} />
    </Field>
  ),
} satisfies Meta<typeof Textarea>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Empty, with a 200-character count. */
export const Default: Story = {};

/** Without a limit: no count. */
export const WithoutCount: Story = { args: { maxCharacters: undefined } };

/** With text. */
export const Filled: Story = {
  args: { defaultValue: '子どもの予防接種の予約について相談したいです。' },
};

/** Over the limit: shown like an error, but typing is never blocked. */
export const OverLimit: Story = {
  args: { maxCharacters: 10, defaultValue: '子どもの予防接種の予約について相談したいです。' },
};

/** After a failed submit. */
export const WithError: Story = {
  render: (args) => (
    <Field id="detail" label="ご相談の内容" error="ご相談の内容を入力してください" required>
      <Textarea {...args} />
    </Field>
  ),
};

/** Not editable now. */
export const Disabled: Story = { args: { disabled: true, defaultValue: '相談内容' } };

/** English: the count uses plural forms (1 character, 2 characters). */
export const English: Story = {
  args: { maxCharacters: 20, defaultValue: 'I would like to ask' },
  globals: { locale: 'en' },
  render: (args) => (
    <Field id="detail" label="What would you like to discuss?" required>
      <Textarea {...args} />
    </Field>
  ),
};

/** やさしい日本語. */
export const EasyJapanese: Story = {
  globals: { locale: 'ja-easy' },
  render: (args) => (
    <Field id="detail" label="そうだんしたい こと" required>
      <Textarea {...args} />
    </Field>
  ),
};

/** High contrast, over the limit. */
export const HighContrast: Story = {
  args: { maxCharacters: 10, defaultValue: '子どもの予防接種の予約について' },
  globals: { theme: 'high-contrast' },
};

/** Phone width. */
export const Mobile: Story = { globals: { viewport: { value: 'mobile', isRotated: false } } };

/** Typing updates the visible count at once and announces it once typing pauses. */
export const Counting: Story = {
  args: { maxCharacters: 10, announceDelay: 50 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const textarea = canvas.getByLabelText(/ご相談の内容/);
    await userEvent.type(textarea, '予約したいです');
    await expect(
      canvas.getByText('あと3文字入力できます', { selector: '[aria-hidden]' }),
    ).toBeVisible();
    await waitFor(() =>
      expect(canvasElement.querySelector('[aria-live="polite"]')).toHaveTextContent(
        'あと3文字入力できます',
      ),
    );
  },
};
