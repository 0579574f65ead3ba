import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ReactNode } from 'react';
import { isLocale, languageTag } from '../../core/i18n';
import { useLocale } from '../../hooks/useI18n';
import { I18nProvider } from '../I18nProvider/I18nProvider';
import { LanguageSwitcher } from './LanguageSwitcher';

function LangRoot({ children }: { children: ReactNode }) {
  return <div lang={languageTag(useLocale().locale)}>{children}</div>;
}

const meta = {
  title: 'Navigation/LanguageSwitcher',
  component: LanguageSwitcher,
  tags: ['autodocs'],
  // The toolbar's provider is controlled by the toolbar; an own provider lets the switcher switch.
  decorators: [
    (Story, context) => {
      const locale = isLocale(context.globals.locale) ? context.globals.locale : 'ja';
      return (
        <I18nProvider key={locale} defaultLocale={locale}>
          <LangRoot>
            <Story />
          </LangRoot>
        </I18nProvider>
      );
    },
  ],
} satisfies Meta<typeof LanguageSwitcher>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Buttons: a click switches the locale of the provider around it. */
export const Default: Story = {};

/** Links: each language has its own URL and the switcher works without JavaScript. */
export const Links: Story = { args: { hrefFor: (locale) => `?lang=${locale}` } };

/** Only some locales. */
export const TwoLocales: Story = { args: { locales: ['ja', 'en'] } };

/** With the page in English. */
export const English: Story = { globals: { locale: 'en' } };

/** With the page in やさしい日本語. */
export const EasyJapanese: Story = { globals: { locale: 'ja-easy' } };

/** High-contrast theme. */
export const HighContrast: Story = { globals: { theme: 'high-contrast' } };

/** Phone width: the options wrap under the label. */
export const Mobile: Story = { globals: { viewport: { value: 'mobile', isRotated: false } } };
