import { I18nProvider, isLocale, type Locale, languageTag } from '@machi-dx/ui';
import type { Decorator, Preview } from '@storybook/react-vite';
import '@machi-dx/ui/styles.css';

/** Every story runs inside the provider with the toolbar's locale, and inside the chosen theme. */
const withLocaleAndTheme: Decorator = (Story, context) => {
  const locale: Locale = isLocale(context.globals.locale) ? context.globals.locale : 'ja';
  const theme = context.globals.theme === 'high-contrast' ? 'high-contrast' : 'default';
  return (
    <I18nProvider locale={locale}>
      <div lang={languageTag(locale)} data-machi-theme={theme} className="machi-story-root">
        <Story />
      </div>
    </I18nProvider>
  );
};

const preview: Preview = {
  decorators: [withLocaleAndTheme],
  globalTypes: {
    locale: {
      description: 'Locale',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'ja', title: '日本語' },
          { value: 'en', title: 'English' },
          { value: 'ja-easy', title: 'やさしい日本語' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'default', title: 'Default' },
          { value: 'high-contrast', title: 'High contrast' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'ja', theme: 'default' },
  parameters: {
    a11y: { test: 'error' },
    controls: { expand: true },
    viewport: {
      options: {
        mobile: { name: 'Mobile (375px)', styles: { width: '375px', height: '720px' } },
        kiosk: { name: 'Branch kiosk (1080×1920)', styles: { width: '1080px', height: '1920px' } },
      },
    },
  },
  tags: ['autodocs'],
};

export default preview;
