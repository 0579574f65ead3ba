import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { itPassesAxeForEveryStory } from '../../../../../tooling/stories';
import { I18nProvider } from '../I18nProvider/I18nProvider';
import { Button } from './Button';
import * as stories from './Button.stories';

describe('Button', () => {
  it('is a button named by its text, type="button" unless told otherwise', () => {
    render(<Button>申し込む</Button>);
    const button = screen.getByRole('button', { name: '申し込む' });
    expect(button).toHaveAttribute('type', 'button');
    expect(button).toHaveAttribute('data-variant', 'primary');
    expect(button).toHaveAttribute('data-size', 'md');
  });

  it('passes native props and forwards its ref', () => {
    const ref = createRef<HTMLButtonElement>();
    render(
      <Button ref={ref} variant="danger" size="lg" name="action" value="cancel" className="extra">
        取り消す
      </Button>,
    );
    expect(ref.current).toBe(screen.getByRole('button'));
    expect(ref.current).toHaveAttribute('name', 'action');
    expect(ref.current).toHaveClass('machi-button', 'extra');
    expect(ref.current).toHaveAttribute('data-variant', 'danger');
    expect(ref.current).toHaveAttribute('data-size', 'lg');
  });

  it('is pressed with Enter and Space', async () => {
    const user = userEvent.setup();
    const onClick = vi.fn();
    render(<Button onClick={onClick}>押す</Button>);
    await user.tab();
    expect(screen.getByRole('button')).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.keyboard(' ');
    expect(onClick).toHaveBeenCalledTimes(2);
  });

  it('keeps its name, focus and place in the Tab order while loading, and says it is busy', async () => {
    const user = userEvent.setup();
    render(<Button loading>送信する</Button>);
    const button = screen.getByRole('button', { name: '送信する' });
    expect(button).toHaveAttribute('aria-busy', 'true');
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).not.toBeDisabled();
    expect(button).toHaveAccessibleDescription('処理中');
    await user.tab();
    expect(button).toHaveFocus();
  });

  it('describes loading in the current locale', () => {
    render(
      <I18nProvider locale="en">
        <Button loading>Send</Button>
      </I18nProvider>,
    );
    expect(screen.getByRole('button', { name: 'Send' })).toHaveAccessibleDescription('Working');
  });

  it('ignores clicks and Enter while loading, so a form is not submitted twice', async () => {
    const user = userEvent.setup();
    const onClick = vi.fn();
    const onSubmit = vi.fn((event: SubmitEvent) => event.preventDefault());
    const { rerender } = render(
      <form onSubmit={(event) => onSubmit(event.nativeEvent as SubmitEvent)}>
        <Button type="submit" onClick={onClick}>
          送信する
        </Button>
      </form>,
    );
    await user.click(screen.getByRole('button'));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    rerender(
      <form onSubmit={(event) => onSubmit(event.nativeEvent as SubmitEvent)}>
        <Button type="submit" onClick={onClick} loading>
          送信する
        </Button>
      </form>,
    );
    await user.click(screen.getByRole('button'));
    screen.getByRole('button').focus();
    await user.keyboard('{Enter}');
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('is really disabled when disabled: skipped by Tab, not clickable', async () => {
    const user = userEvent.setup();
    const onClick = vi.fn();
    render(
      <Button disabled onClick={onClick}>
        申し込む
      </Button>,
    );
    const button = screen.getByRole('button', { name: '申し込む' });
    expect(button).toBeDisabled();
    expect(button).toHaveAttribute('data-disabled', 'true');
    await user.tab();
    expect(button).not.toHaveFocus();
    await user.click(button);
    expect(onClick).not.toHaveBeenCalled();
  });

  itPassesAxeForEveryStory(stories);
});
