import { composeStories } from '@storybook/react-vite';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { itPassesAxeForEveryStory } from '../../../../../tooling/stories';
import { I18nProvider } from '../I18nProvider/I18nProvider';
import { ErrorSummary } from './ErrorSummary';
import * as stories from './ErrorSummary.stories';

const { FailedSubmit, Default } = composeStories(stories);

describe('ErrorSummary', () => {
  beforeEach(() => {
    document.title = '相談の予約 - 宇和島市';
  });

  it('renders nothing without errors', () => {
    const { container } = render(<ErrorSummary errors={[]} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('prefixes its heading with エラー： and counts the errors', () => {
    render(<ErrorSummary errors={[{ id: 'name', message: '氏名を入力してください' }]} />);
    const summary = screen.getByRole('region', { name: 'エラー：入力内容を確認してください' });
    expect(summary).toHaveAccessibleDescription('1件のエラーがあります');
    expect(summary).not.toHaveAttribute('role', 'alert');
  });

  it('uses the locale for prefix, title and plural count', () => {
    render(
      <I18nProvider locale="en">
        <ErrorSummary
          errors={[
            { id: 'a', message: 'A' },
            { id: 'b', message: 'B' },
          ]}
        />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      'Error: There is a problem',
    );
    expect(screen.getByText('There are 2 errors')).toBeInTheDocument();
  });

  it('takes focus after a failed submit, and again after a second failed submit', async () => {
    const user = userEvent.setup();
    render(<FailedSubmit />);
    const submit = screen.getByRole('button', { name: '送信する' });

    await user.click(submit);
    const summary = screen.getByRole('region', { name: /^エラー：/ });
    expect(summary).toHaveFocus();

    await user.click(within(summary).getByRole('link', { name: '氏名を入力してください' }));
    expect(screen.getByRole('textbox', { name: '氏名 ※必須' })).toHaveFocus();

    await user.click(submit);
    expect(summary).toHaveFocus();
  });

  it('prefixes the document title while the form has errors, and removes it once fixed', async () => {
    const user = userEvent.setup();
    render(<FailedSubmit />);
    await user.click(screen.getByRole('button', { name: '送信する' }));
    expect(document.title).toBe('エラー：相談の予約 - 宇和島市');

    await user.click(screen.getByRole('button', { name: '送信する' }));
    expect(document.title).toBe('エラー：相談の予約 - 宇和島市');

    await user.type(screen.getByRole('textbox', { name: '氏名 ※必須' }), '宇和島 太郎');
    await user.click(screen.getByRole('radio', { name: '電話' }));
    await user.click(screen.getByRole('button', { name: '送信する' }));
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
    expect(document.title).toBe('相談の予約 - 宇和島市');
  });

  it('moves focus to each field from its link, the first radio for a fieldset', async () => {
    const user = userEvent.setup();
    const scrolled: Element[] = [];
    Element.prototype.scrollIntoView = function scrollIntoView(this: Element) {
      scrolled.push(this);
    };
    render(<Default />);
    onTestFinished(() => {
      // jsdom has no scrollIntoView; remove the recorder so other tests see the real environment.
      delete (Element.prototype as Partial<Element>).scrollIntoView;
    });

    await user.click(screen.getByRole('link', { name: '連絡方法を選んでください' }));
    expect(screen.getByRole('radio', { name: '電話' })).toHaveFocus();
    expect(scrolled.at(-1)?.tagName).toBe('LEGEND');

    await user.click(screen.getByRole('link', { name: '氏名を入力してください' }));
    expect(screen.getByRole('textbox', { name: '氏名 ※必須' })).toHaveFocus();
    expect(scrolled.at(-1)).toHaveTextContent('氏名 ※必須');
    expect(scrolled.at(-1)?.tagName).toBe('LABEL');
  });

  it('does not take focus when autoFocus is off', () => {
    render(<ErrorSummary autoFocus={false} errors={[{ id: 'x', message: 'X' }]} />);
    expect(screen.getByRole('region')).not.toHaveFocus();
  });

  itPassesAxeForEveryStory(stories);
});
