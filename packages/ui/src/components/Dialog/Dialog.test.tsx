import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { itPassesAxeForEveryStory } from '../../../../../tooling/stories';
import { I18nProvider } from '../I18nProvider/I18nProvider';
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogTitle,
  DialogTrigger,
} from './Dialog';
import * as stories from './Dialog.stories';

// jsdom has no showModal/close. This stand-in only toggles `open` and records modality, which is
// what the component relies on; the top layer and inertness are the browser's part.
const modal = new WeakSet<HTMLDialogElement>();
HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
  this.setAttribute('open', '');
  modal.add(this);
};
HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
  this.removeAttribute('open');
  modal.delete(this);
};

function Example({ onOpenChange }: { onOpenChange?: (open: boolean) => void }) {
  return (
    <>
      <button type="button">前のボタン</button>
      <Dialog onOpenChange={onOpenChange}>
        <DialogTrigger>開く</DialogTrigger>
        <DialogContent>
          <DialogTitle>確認</DialogTitle>
          <DialogDescription>本当に送信しますか</DialogDescription>
          <input aria-label="メモ" />
          <DialogClose />
          <button type="button">送信する</button>
        </DialogContent>
      </Dialog>
    </>
  );
}

function Controlled({ onOpenChange }: { onOpenChange: (open: boolean) => void }) {
  const [open, setOpen] = useState(true);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        外から開く
      </button>
      <Dialog open={open} onOpenChange={onOpenChange}>
        <DialogContent>
          <DialogTitle>固定</DialogTitle>
          <button type="button" onClick={() => setOpen(false)}>
            保存して閉じる
          </button>
        </DialogContent>
      </Dialog>
    </>
  );
}

async function openExample(onOpenChange?: (open: boolean) => void) {
  const user = userEvent.setup();
  render(<Example onOpenChange={onOpenChange} />);
  const trigger = screen.getByRole('button', { name: '開く' });
  await user.click(trigger);
  return { user, trigger, dialog: screen.getByRole('dialog') };
}

describe('Dialog', () => {
  it('opens as a modal, labelled by its title and described by its description', async () => {
    const { dialog, trigger } = await openExample();
    expect(modal.has(dialog as HTMLDialogElement)).toBe(true);
    expect(dialog).toHaveAccessibleName('確認');
    expect(dialog).toHaveAccessibleDescription('本当に送信しますか');
    expect(trigger).toHaveAttribute('aria-expanded', 'true');
    expect(trigger).toHaveAttribute('aria-controls', dialog.id);
    expect(screen.getByRole('textbox', { name: 'メモ' })).toHaveFocus();
  });

  it('keeps Tab and Shift+Tab inside', async () => {
    const { user } = await openExample();
    const input = screen.getByRole('textbox', { name: 'メモ' });
    const close = screen.getByRole('button', { name: '閉じる' });
    const send = screen.getByRole('button', { name: '送信する' });
    await user.tab();
    expect(close).toHaveFocus();
    await user.tab();
    expect(send).toHaveFocus();
    await user.tab();
    expect(input).toHaveFocus();
    await user.tab({ shift: true });
    expect(send).toHaveFocus();
  });

  it('closes on Escape and returns focus to the trigger', async () => {
    const onOpenChange = vi.fn();
    const { user, trigger } = await openExample(onOpenChange);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(onOpenChange).toHaveBeenLastCalledWith(false);
    expect(trigger).toHaveFocus();
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
  });

  it('closes from the close button, which is labelled in the current locale', async () => {
    const user = userEvent.setup();
    render(
      <I18nProvider locale="en">
        <Dialog defaultOpen>
          <DialogContent>
            <DialogTitle>Confirm</DialogTitle>
            <DialogClose />
          </DialogContent>
        </Dialog>
      </I18nProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('closes on the browser cancel event (close request) unless prevented', () => {
    render(
      <Dialog defaultOpen>
        <DialogContent onCancel={(event) => event.preventDefault()}>
          <DialogTitle>保存していません</DialogTitle>
        </DialogContent>
      </Dialog>,
    );
    screen.getByRole('dialog').dispatchEvent(new Event('cancel', { cancelable: true }));
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('locks page scroll while open', async () => {
    const { user } = await openExample();
    expect(document.documentElement).toHaveAttribute('data-machi-scroll-lock');
    await user.keyboard('{Escape}');
    expect(document.documentElement).not.toHaveAttribute('data-machi-scroll-lock');
  });

  it('can be controlled, and stays open when the parent says so', async () => {
    const user = userEvent.setup();
    const onOpenChange = vi.fn();
    render(<Controlled onOpenChange={onOpenChange} />);
    await user.keyboard('{Escape}');
    expect(onOpenChange).toHaveBeenCalledWith(false);
    expect(screen.getByRole('dialog')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '保存して閉じる' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '外から開く' }));
    expect(within(screen.getByRole('dialog')).getByRole('button')).toHaveFocus();
    await user.click(screen.getByRole('button', { name: '保存して閉じる' }));
    // Opened from a button that is not the trigger: focus goes back to that button.
    expect(screen.getByRole('button', { name: '外から開く' })).toHaveFocus();
  });

  it('explains a part used outside a Dialog', () => {
    // React logs the thrown error; keep the output clean for this test only.
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    onTestFinished(() => consoleError.mockRestore());
    expect(() => render(<DialogTitle>x</DialogTitle>)).toThrow(
      '<DialogTitle> must be used inside <Dialog>.',
    );
  });

  itPassesAxeForEveryStory(stories);
});
