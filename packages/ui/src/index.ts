import './styles/index.css';
export type { I18nProviderProps } from './components/I18nProvider/I18nProvider';
export { I18nProvider } from './components/I18nProvider/I18nProvider';
export * from './core/index';
export { useControllableState } from './hooks/useControllableState';
export type { I18nContextValue } from './hooks/useI18n';
export { I18nContext, useLocale, useTranslator } from './hooks/useI18n';
