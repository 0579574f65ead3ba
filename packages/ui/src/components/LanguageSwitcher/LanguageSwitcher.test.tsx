import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { itPassesAxeForEveryStory } from '../../../../../tooling/stories';
import { I18nProvider } from '../I18nProvider/I18nProvider';
import { LanguageSwitcher } from './LanguageSwitcher';
import * as stories from './LanguageSwitcher.stories';

describe('LanguageSwitcher', () => {
  it('names each language in itself, with lang, and marks the current one', () => {
    render(
      <I18nProvider>
        <LanguageSwitcher />
      </I18nProvider>,
    );
    expect(screen.getByRole('navigation', { name: '言語' })).toBeInTheDocument();
    const japanese = screen.getByRole('button', { name: '日本語' });
    const english = screen.getByRole('button', { name: 'English' });
    const easy = screen.getByRole('button', { name: 'やさしい日本語' });
    expect(japanese).toHaveAttribute('lang', 'ja');
    expect(english).toHaveAttribute('lang', 'en');
    expect(easy).toHaveAttribute('lang', 'ja');
    expect(japanese).toHaveAttribute('aria-current', 'true');
    expect(english).not.toHaveAttribute('aria-current');
  });

  it('changes the locale of the provider', async () => {
    const user = userEvent.setup();
    const onLocaleChange = vi.fn();
    render(
      <I18nProvider onLocaleChange={onLocaleChange}>
        <LanguageSwitcher />
      </I18nProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(onLocaleChange).toHaveBeenCalledWith('en');
    expect(screen.getByRole('navigation', { name: 'Language' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-current', 'true');
    expect(screen.getByRole('button', { name: '日本語' })).not.toHaveAttribute('aria-current');

    await user.click(screen.getByRole('button', { name: 'やさしい日本語' }));
    expect(screen.getByRole('navigation', { name: 'ことば' })).toBeInTheDocument();
  });

  it('renders links when given URLs, and switches in place on a plain click', async () => {
    const user = userEvent.setup();
    render(
      <I18nProvider defaultLocale="en">
        <LanguageSwitcher hrefFor={(locale) => `/${locale}/`} />
      </I18nProvider>,
    );
    const japanese = screen.getByRole('link', { name: '日本語' });
    expect(japanese).toHaveAttribute('href', '/ja/');
    expect(japanese).toHaveAttribute('hreflang', 'ja');
    expect(screen.getByRole('link', { name: 'English' })).toHaveAttribute('aria-current', 'true');

    await user.click(japanese);
    expect(japanese).toHaveAttribute('aria-current', 'true');
    expect(screen.getByRole('navigation', { name: '言語' })).toBeInTheDocument();
  });

  it('offers only the locales asked for', () => {
    render(<LanguageSwitcher locales={['ja', 'en']} />);
    expect(screen.getAllByRole('button')).toHaveLength(2);
  });

  itPassesAxeForEveryStory(stories);
});
