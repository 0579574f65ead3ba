import './styles/index.css';

export type { I18nProviderProps } from './components/I18nProvider/I18nProvider';
export { I18nProvider } from './components/I18nProvider/I18nProvider';
export type { NoticeProps, NoticeTone } from './components/Notice/Notice';
export { Alert, Notice } from './components/Notice/Notice';
export type { ProgressProps } from './components/Progress/Progress';
export { Progress } from './components/Progress/Progress';
export type { SpinnerProps } from './components/Spinner/Spinner';
export { Spinner } from './components/Spinner/Spinner';
export type { VisuallyHiddenProps } from './components/VisuallyHidden/VisuallyHidden';
export { VisuallyHidden } from './components/VisuallyHidden/VisuallyHidden';
export * from './core/index';
export { useControllableState } from './hooks/useControllableState';
export type { I18nContextValue } from './hooks/useI18n';
export { I18nContext, useLocale, useTranslator } from './hooks/useI18n';
