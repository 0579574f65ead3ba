import type { Meta, StoryObj } from '@storybook/react-vite';
import { type FormEvent, useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { Button } from './Button';

const meta = {
  title: 'Forms/Button',
  component: Button,
  tags: ['autodocs'],
  args: { children: '申し込む', variant: 'primary', size: 'md' },
} satisfies Meta<typeof Button>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The one main action of a screen. */
export const Primary: Story = {};

/** An alternative next to the main action, such as 戻る. */
export const Secondary: Story = { args: { variant: 'secondary', children: '戻る' } };

/** A minor action that looks like a link but acts on the page. */
export const Tertiary: Story = { args: { variant: 'tertiary', children: '入力内容を消す' } };

/** A destructive action, such as cancelling a booking. */
export const Danger: Story = { args: { variant: 'danger', children: '予約を取り消す' } };

/** Every variant and size together, for comparing. */
export const AllVariants: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: '1rem' }}>
      {(['sm', 'md', 'lg'] as const).map((size) => (
        <div key={size} style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap' }}>
          <Button {...args} size={size} variant="primary">
            申し込む（{size}）
          </Button>
          <Button {...args} size={size} variant="secondary">
            戻る（{size}）
          </Button>
          <Button {...args} size={size} variant="tertiary">
            消す（{size}）
          </Button>
          <Button {...args} size={size} variant="danger">
            取り消す（{size}）
          </Button>
        </div>
      ))}
    </div>
  ),
};

/** While an action runs: a spinner, the same name, described as 処理中, presses ignored. */
export const Loading: Story = { args: { loading: true, children: '送信する' } };

/** Not available now. Prefer explaining why over disabling where you can. */
export const Disabled: Story = { args: { disabled: true } };

/** Disabled in every variant. */
export const DisabledVariants: Story = {
  render: (args) => (
    <div style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap' }}>
      {(['primary', 'secondary', 'tertiary', 'danger'] as const).map((variant) => (
        <Button key={variant} {...args} variant={variant} disabled>
          {variant}
        </Button>
      ))}
    </div>
  ),
};

/** English: the loading description comes from the catalog. */
export const English: Story = {
  args: { children: 'Apply', loading: true },
  globals: { locale: 'en' },
};

/** やさしい日本語. */
export const EasyJapanese: Story = {
  args: { children: 'もうしこむ', loading: true },
  globals: { locale: 'ja-easy' },
};

/** High contrast: yellow on black, thick yellow focus ring. */
export const HighContrast: Story = {
  ...AllVariants,
  globals: { theme: 'high-contrast' },
};

/** At phone width the buttons wrap; the targets stay 48px. */
export const Mobile: Story = {
  ...AllVariants,
  globals: { viewport: { value: 'mobile', isRotated: false } },
};

function SubmitOnceForm() {
  const [loading, setLoading] = useState(false);
  const [submissions, setSubmissions] = useState(0);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmissions((count) => count + 1);
    setLoading(true);
  };
  return (
    <form onSubmit={submit} aria-label="申し込み">
      <Button type="submit" loading={loading}>
        送信する
      </Button>
      <p>送信回数：{submissions}</p>
    </form>
  );
}

/** Pressing twice sends once: the second press lands on a loading button and is ignored. */
export const SubmitsOnce: Story = {
  render: () => <SubmitOnceForm />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: '送信する' });
    await userEvent.click(button);
    await userEvent.click(button);
    await expect(canvas.getByText('送信回数：1')).toBeInTheDocument();
    await expect(button).toHaveAttribute('aria-busy', 'true');
    await expect(button).toHaveAccessibleName('送信する');
  },
};
