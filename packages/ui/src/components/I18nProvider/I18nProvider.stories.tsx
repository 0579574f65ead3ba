import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Button } from '../Button/Button';
import { Field } from '../Field/Field';
import { LanguageSwitcher } from '../LanguageSwitcher/LanguageSwitcher';
import { TextInput } from '../TextInput/TextInput';
import { I18nProvider } from './I18nProvider';

function Example() {
  return (
    <form>
      <LanguageSwitcher />
      <Field label="氏名 / Name" required>
        <TextInput name="name" autoComplete="name" />
      </Field>
      <Button type="submit" loading>
        送信 / Send
      </Button>
    </form>
  );
}

const meta = {
  title: 'Foundations/I18nProvider',
  component: I18nProvider,
  tags: ['autodocs'],
  args: { children: <Example /> },
} satisfies Meta<typeof I18nProvider>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Uncontrolled: the provider keeps the locale; the switcher changes it. Badges and states follow. */
export const Default: Story = {
  args: { defaultLocale: 'ja' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'English' }));
    await expect(canvas.getByText('Required')).toBeInTheDocument();
  },
};

/** Starts in English. */
export const English: Story = { args: { defaultLocale: 'en' } };

/** Starts in やさしい日本語. */
export const EasyJapanese: Story = { args: { defaultLocale: 'ja-easy' } };

/** A city's own wording: any message of any package, per locale, through `messages`. */
export const CityWording: Story = {
  args: {
    defaultLocale: 'ja',
    messages: {
      ja: { 'ui.field.required': '必ず入力', 'ui.button.loading': 'ただいま処理しています' },
    },
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('必ず入力')).toBeInTheDocument();
  },
};

/** High contrast. */
export const HighContrast: Story = {
  args: { defaultLocale: 'ja' },
  globals: { theme: 'high-contrast' },
};
