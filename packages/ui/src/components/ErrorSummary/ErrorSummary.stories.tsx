import type { Meta, StoryObj } from '@storybook/react-vite';
import { type FormEvent, useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { useErrorTitle } from '../../hooks/useErrorTitle';
import { useLocale } from '../../hooks/useI18n';
import { ErrorSummary, type ErrorSummaryItem } from './ErrorSummary';

const demoLabels = {
  ja: {
    name: '氏名 ※必須',
    contact: '連絡方法 ※必須',
    phone: '電話',
    email: 'メール',
    error: 'エラー：',
  },
  en: {
    name: 'Full name',
    contact: 'How should we contact you?',
    phone: 'Phone',
    email: 'Email',
    error: 'Error: ',
  },
  'ja-easy': {
    name: '名前',
    contact: '連絡の しかた',
    phone: '電話',
    email: 'メール',
    error: 'まちがい：',
  },
};

// Plain native fields keep these stories independent of the form components' own stories.
function DemoFields({ errors = [] }: { errors?: readonly ErrorSummaryItem[] }) {
  const label = demoLabels[useLocale().locale];
  const messageFor = (id: string) => errors.find((error) => error.id === id)?.message;
  const nameError = messageFor('name');
  const contactError = messageFor('contact');
  return (
    <div style={{ display: 'grid', gap: 24, marginTop: 24 }}>
      <div>
        <label htmlFor="name">{label.name}</label>
        {nameError && (
          <p id="name-error">
            {label.error}
            {nameError}
          </p>
        )}
        <input
          id="name"
          name="name"
          autoComplete="name"
          aria-invalid={nameError ? true : undefined}
          aria-describedby={nameError ? 'name-error' : undefined}
        />
      </div>
      <fieldset id="contact" aria-describedby={contactError ? 'contact-error' : undefined}>
        <legend>{label.contact}</legend>
        {contactError && (
          <p id="contact-error">
            {label.error}
            {contactError}
          </p>
        )}
        <label>
          <input type="radio" name="contact" value="phone" /> {label.phone}
        </label>
        <label>
          <input type="radio" name="contact" value="email" /> {label.email}
        </label>
      </fieldset>
    </div>
  );
}

const twoErrors: ErrorSummaryItem[] = [
  { id: 'name', message: '氏名を入力してください' },
  { id: 'contact', message: '連絡方法を選んでください' },
];

const meta = {
  title: 'Feedback/ErrorSummary',
  component: ErrorSummary,
  tags: ['autodocs'],
  args: { errors: twoErrors },
  // Each summary takes focus on mount; in their own frames they do not pull the docs page about.
  parameters: { docs: { story: { inline: false, iframeHeight: 420 } } },
  render: (args) => (
    <>
      <ErrorSummary {...args} />
      <DemoFields errors={args.errors} />
    </>
  ),
} satisfies Meta<typeof ErrorSummary>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Two errors: a text field and a group of radios (the link goes to the fieldset). */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('link', { name: '連絡方法を選んでください' }));
    await expect(canvas.getByRole('radio', { name: '電話' })).toHaveFocus();
    await userEvent.click(canvas.getByRole('link', { name: '氏名を入力してください' }));
    await expect(canvas.getByRole('textbox', { name: '氏名 ※必須' })).toHaveFocus();
  },
};

/** One error. */
export const SingleError: Story = { args: { errors: twoErrors.slice(0, 1) } };

/** A page's own heading and text. */
export const CustomText: Story = {
  args: {
    title: '予約を送信できませんでした',
    description: '次の項目を直してから、もう一度送信してください。',
  },
};

/** No errors: nothing is rendered (the fields alone). */
export const NoErrors: Story = { args: { errors: [] } };

function FailedSubmitForm() {
  const [errors, setErrors] = useState<ErrorSummaryItem[]>([]);
  const [submits, setSubmits] = useState(0);
  useErrorTitle(errors.length > 0);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next: ErrorSummaryItem[] = [];
    if (!String(data.get('name') ?? '').trim()) next.push(twoErrors[0]!);
    if (!data.get('contact')) next.push(twoErrors[1]!);
    setErrors(next);
    setSubmits((count) => count + 1);
  };
  return (
    <form noValidate onSubmit={onSubmit}>
      <ErrorSummary errors={errors} focusKey={submits} />
      <DemoFields errors={errors} />
      <button type="submit" style={{ marginTop: 24, minHeight: 48 }}>
        送信する
      </button>
    </form>
  );
}

/** A whole form: submit it empty, follow a link, submit again — the summary takes focus each time. */
export const FailedSubmit: Story = {
  render: () => <FailedSubmitForm />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: '送信する' }));
    const summary = await canvas.findByRole('region', { name: /^エラー：/ });
    await waitFor(() => expect(summary).toHaveFocus());
    await userEvent.click(canvas.getByRole('link', { name: '氏名を入力してください' }));
    await expect(canvas.getByRole('textbox', { name: '氏名 ※必須' })).toHaveFocus();
    await userEvent.click(canvas.getByRole('button', { name: '送信する' }));
    await waitFor(() => expect(summary).toHaveFocus());
  },
};

/** English. */
export const English: Story = {
  globals: { locale: 'en' },
  args: {
    errors: [
      { id: 'name', message: 'Enter your full name' },
      { id: 'contact', message: 'Select how we should contact you' },
    ],
  },
};

/** やさしい日本語. */
export const EasyJapanese: Story = {
  globals: { locale: 'ja-easy' },
  args: {
    errors: [
      { id: 'name', message: '名前を 書いてください' },
      { id: 'contact', message: '連絡の しかたを えらんでください' },
    ],
  },
};

/** High-contrast theme. */
export const HighContrast: Story = { globals: { theme: 'high-contrast' } };

/** Phone width: long messages wrap. */
export const Mobile: Story = {
  globals: { viewport: { value: 'mobile', isRotated: false } },
  args: {
    errors: [
      { id: 'name', message: '氏名を全角で入力してください（例：宇和島 太郎）' },
      { id: 'contact', message: '連絡方法を選んでください' },
    ],
  },
};
