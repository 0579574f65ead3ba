export type { EngineBadgeProps } from './components/EngineBadge/EngineBadge';
export { EngineBadge } from './components/EngineBadge/EngineBadge';
export * from './core/index';
export { useVideoPanelTranslator } from './hooks/useVideoPanelTranslator';
export { videoPanelCatalogs } from './intl';
