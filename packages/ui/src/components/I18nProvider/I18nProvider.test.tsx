import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { itPassesAxeForEveryStory } from '../../../../../tooling/stories';
import { useLocale } from '../../hooks/useI18n';
import { useUiTranslator } from '../../hooks/useUiTranslator';
import { LanguageSwitcher } from '../LanguageSwitcher/LanguageSwitcher';
import { I18nProvider } from './I18nProvider';
import * as stories from './I18nProvider.stories';

function Probe() {
  const t = useUiTranslator();
  const { locale } = useLocale();
  return (
    <p>
      {locale}: {t('ui.field.required')}
    </p>
  );
}

describe('I18nProvider', () => {
  it('renders Japanese without any provider', () => {
    render(<Probe />);
    expect(screen.getByText('ja: ※必須')).toBeInTheDocument();
  });

  it('switches locale uncontrolled and reports the change', async () => {
    const changes: string[] = [];
    render(
      <I18nProvider onLocaleChange={(locale) => changes.push(locale)}>
        <LanguageSwitcher />
        <Probe />
      </I18nProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'やさしい日本語' }));
    expect(screen.getByText('ja-easy: ※かならず 書きます')).toBeInTheDocument();
    expect(changes).toEqual(['ja-easy']);
  });

  it('stays on the controlled locale until the parent changes it', async () => {
    const { rerender } = render(
      <I18nProvider locale="en" onLocaleChange={() => {}}>
        <LanguageSwitcher />
        <Probe />
      </I18nProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: '日本語' }));
    expect(screen.getByText('en: Required')).toBeInTheDocument();
    rerender(
      <I18nProvider locale="ja">
        <Probe />
      </I18nProvider>,
    );
    expect(screen.getByText('ja: ※必須')).toBeInTheDocument();
  });

  it('uses the city override, and Japanese when a locale lacks a key', () => {
    render(
      <I18nProvider locale="en" messages={{ en: { 'ui.field.required': 'Must fill in' } }}>
        <Probe />
      </I18nProvider>,
    );
    expect(screen.getByText('en: Must fill in')).toBeInTheDocument();
  });

  itPassesAxeForEveryStory(stories);
});
