import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { useLocale } from '../../hooks/useI18n';
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  type DialogProps,
  DialogTitle,
  DialogTrigger,
} from './Dialog';

const text = {
  ja: {
    trigger: '予約を取り消す',
    title: '予約を取り消しますか',
    description:
      '12月1日（火）10:00 からの相談の予約を取り消します。取り消した予約は元に戻せません。',
    keep: '取り消さない',
    confirm: '取り消す',
  },
  en: {
    trigger: 'Cancel booking',
    title: 'Cancel this booking?',
    description:
      'Your consultation on Tuesday 1 December at 10:00 will be cancelled. This cannot be undone.',
    keep: 'Keep booking',
    confirm: 'Cancel booking',
  },
  'ja-easy': {
    trigger: '予約を やめる',
    title: '予約を やめますか',
    description: '12月1日 10時からの 予約を やめます。あとから もとに もどせません。',
    keep: 'やめない',
    confirm: 'やめる',
  },
};

const row = {
  display: 'flex',
  flexWrap: 'wrap',
  gap: 16,
  justifyContent: 'space-between',
} as const;

/** A confirmation: title with a close button, description, and two actions. */
function ConfirmDialog(props: DialogProps) {
  const words = text[useLocale().locale];
  return (
    <Dialog {...props}>
      <DialogTrigger>{words.trigger}</DialogTrigger>
      <DialogContent>
        <div style={row}>
          <DialogTitle>{words.title}</DialogTitle>
          <DialogClose />
        </div>
        <DialogDescription>{words.description}</DialogDescription>
        <div style={{ ...row, justifyContent: 'flex-end', marginTop: 24 }}>
          <DialogClose>{words.keep}</DialogClose>
          <DialogClose>{words.confirm}</DialogClose>
        </div>
      </DialogContent>
    </Dialog>
  );
}

const meta = {
  title: 'Feedback/Dialog',
  component: Dialog,
  tags: ['autodocs'],
  // A modal takes over its page; in their own frames the stories leave the docs page usable.
  parameters: { docs: { story: { inline: false, iframeHeight: 480 } } },
  render: (args) => <ConfirmDialog {...args} />,
} satisfies Meta<typeof Dialog>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Closed: only the trigger. */
export const Default: Story = {};

/** Open from the start. */
export const Open: Story = { args: { defaultOpen: true } };

/** Opens from the trigger, keeps Tab inside, closes on Escape, and focus returns to the trigger. */
export const KeyboardFlow: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const trigger = canvas.getByRole('button', { name: '予約を取り消す' });
    await userEvent.click(trigger);
    const dialog = await canvas.findByRole('dialog', { name: '予約を取り消しますか' });
    await waitFor(() => expect(dialog).toContainElement(document.activeElement as HTMLElement));
    await userEvent.tab({ shift: true });
    await expect(within(dialog).getByRole('button', { name: '取り消す' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(canvas.queryByRole('dialog')).not.toBeInTheDocument());
    await expect(trigger).toHaveFocus();
  },
};

function ControlledExample() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <p>状態: {open ? '開いています' : '閉じています'}</p>
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogTrigger>お知らせを開く</DialogTrigger>
        <DialogContent>
          <DialogTitle>窓口の混雑状況</DialogTitle>
          <DialogDescription>本庁の窓口は現在およそ20分待ちです。</DialogDescription>
          <div style={{ ...row, justifyContent: 'flex-end', marginTop: 24 }}>
            <DialogClose />
          </div>
        </DialogContent>
      </Dialog>
    </>
  );
}

/** The parent owns `open` (e.g. to open it from a route or close it after saving). */
export const Controlled: Story = { render: () => <ControlledExample /> };

const articles = Array.from({ length: 12 }, (_, index) => index + 1);

/** Long content scrolls inside the dialog; the page behind does not scroll. */
export const LongContent: Story = {
  render: (args) => (
    <Dialog {...args} defaultOpen>
      <DialogTrigger>利用規約を読む</DialogTrigger>
      <DialogContent>
        <div style={row}>
          <DialogTitle>オンライン相談の利用規約</DialogTitle>
          <DialogClose />
        </div>
        {articles.map((article) => (
          <p key={article}>
            第{article}条
            相談の内容は、市の個人情報保護の規程に従って取り扱います。録画は行いません。
          </p>
        ))}
      </DialogContent>
    </Dialog>
  ),
};

/** English. */
export const English: Story = { globals: { locale: 'en' }, args: { defaultOpen: true } };

/** やさしい日本語. */
export const EasyJapanese: Story = { globals: { locale: 'ja-easy' }, args: { defaultOpen: true } };

/** High-contrast theme. */
export const HighContrast: Story = {
  globals: { theme: 'high-contrast' },
  args: { defaultOpen: true },
};

/** Phone width: the dialog takes nearly the whole width and the actions wrap. */
export const Mobile: Story = {
  globals: { viewport: { value: 'mobile', isRotated: false } },
  args: { defaultOpen: true },
};
