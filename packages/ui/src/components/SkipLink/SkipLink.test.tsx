import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { itPassesAxeForEveryStory } from '../../../../../tooling/stories';
import { I18nProvider } from '../I18nProvider/I18nProvider';
import { SkipLink } from './SkipLink';
import * as stories from './SkipLink.stories';

function Page({ targetId }: { targetId?: string }) {
  return (
    <>
      <SkipLink targetId={targetId} />
      <a href="/">ホーム</a>
      <main id={targetId ?? 'main'}>
        <p>本文</p>
        <a href="#next">次のリンク</a>
      </main>
    </>
  );
}

describe('SkipLink', () => {
  it('is the first Tab stop and moves focus to #main', async () => {
    const user = userEvent.setup();
    render(<Page />);
    await user.tab();
    const link = screen.getByRole('link', { name: '本文へ移動' });
    expect(link).toHaveFocus();
    expect(link).toHaveAttribute('href', '#main');

    await user.keyboard('{Enter}');
    const main = screen.getByRole('main');
    expect(main).toHaveFocus();
    // The next Tab continues inside the content, past the header.
    await user.tab();
    expect(screen.getByRole('link', { name: '次のリンク' })).toHaveFocus();
    // The temporary tabindex goes once focus leaves, so clicks in main draw no outline.
    expect(main).not.toHaveAttribute('tabindex');
  });

  it('targets another id, and leaves an already focusable target as it is', async () => {
    const user = userEvent.setup();
    render(
      <>
        <SkipLink targetId="content" />
        <input id="content" aria-label="検索" />
      </>,
    );
    await user.click(screen.getByRole('link'));
    expect(screen.getByRole('textbox')).toHaveFocus();
    expect(screen.getByRole('textbox')).not.toHaveAttribute('tabindex');
  });

  it('is worded in the current locale', () => {
    render(
      <I18nProvider locale="en">
        <SkipLink />
      </I18nProvider>,
    );
    expect(screen.getByRole('link')).toHaveTextContent('Skip to main content');
  });

  itPassesAxeForEveryStory(stories);
});
