import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Field } from '../Field/Field';
import { Select } from './Select';

const offices = (
  <>
    <option value="">選択してください</option>
    <option value="main">本庁（市役所）</option>
    <option value="yoshida">吉田支所</option>
    <option value="mima">三間支所</option>
    <option value="tsushima">津島支所</option>
  </>
);

const meta = {
  title: 'Forms/Select',
  component: Select,
  tags: ['autodocs'],
  args: { name: 'office', children: offices },
  render: (args) => (
    <Field id="office" label="相談する窓口" hint="近くの窓口を選んでください" required>
      <Select {...args} />
    </Field>
  ),
} satisfies Meta<typeof Select>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Nothing chosen yet. */
export const Default: Story = {};

/** With a choice. */
export const Filled: Story = { args: { defaultValue: 'yoshida' } };

/** After a failed submit. */
export const WithError: Story = {
  render: (args) => (
    <Field id="office" label="相談する窓口" error="相談する窓口を選んでください" required>
      <Select {...args} />
    </Field>
  ),
};

/** Not available now. */
export const Disabled: Story = { args: { disabled: true, defaultValue: 'main' } };

/** English. */
export const English: Story = {
  globals: { locale: 'en' },
  args: {
    children: (
      <>
        <option value="">Choose an office</option>
        <option value="main">City Hall</option>
        <option value="yoshida">Yoshida branch office</option>
      </>
    ),
  },
  render: (args) => (
    <Field id="office" label="Office" required>
      <Select {...args} />
    </Field>
  ),
};

/** やさしい日本語. */
export const EasyJapanese: Story = {
  globals: { locale: 'ja-easy' },
  render: (args) => (
    <Field id="office" label="どこで そうだん しますか" required>
      <Select {...args} />
    </Field>
  ),
};

/** High contrast. */
export const HighContrast: Story = {
  args: { defaultValue: 'main' },
  globals: { theme: 'high-contrast' },
};

/** Phone width: the platform's own picker opens. */
export const Mobile: Story = { globals: { viewport: { value: 'mobile', isRotated: false } } };

/** Choosing with the keyboard or pointer. */
export const Choosing: Story = {
  play: async ({ canvasElement }) => {
    const select = within(canvasElement).getByLabelText(/相談する窓口/);
    await userEvent.selectOptions(select, 'mima');
    await expect(select).toHaveValue('mima');
    await expect(select).toHaveAccessibleDescription('近くの窓口を選んでください');
  },
};
