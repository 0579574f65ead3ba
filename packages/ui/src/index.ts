import './styles/index.css';

export type { ButtonProps, ButtonSize, ButtonVariant } from './components/Button/Button';
export { Button } from './components/Button/Button';
export type { CheckboxGroupProps } from './components/CheckboxGroup/CheckboxGroup';
export { CheckboxGroup } from './components/CheckboxGroup/CheckboxGroup';
export type { DateInputProps } from './components/DateInput/DateInput';
export { DateInput } from './components/DateInput/DateInput';
export type {
  DialogCloseProps,
  DialogContentProps,
  DialogDescriptionProps,
  DialogProps,
  DialogTitleProps,
  DialogTriggerProps,
} from './components/Dialog/Dialog';
export {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogTitle,
  DialogTrigger,
} from './components/Dialog/Dialog';
export type { ErrorSummaryItem, ErrorSummaryProps } from './components/ErrorSummary/ErrorSummary';
export { ErrorSummary } from './components/ErrorSummary/ErrorSummary';
export type { FieldProps } from './components/Field/Field';
export { Field } from './components/Field/Field';
export type { I18nProviderProps } from './components/I18nProvider/I18nProvider';
export { I18nProvider } from './components/I18nProvider/I18nProvider';
export type { LanguageSwitcherProps } from './components/LanguageSwitcher/LanguageSwitcher';
export { LanguageSwitcher } from './components/LanguageSwitcher/LanguageSwitcher';
export type { NoticeProps, NoticeTone } from './components/Notice/Notice';
export { Alert, Notice } from './components/Notice/Notice';
export type { ProgressProps } from './components/Progress/Progress';
export { Progress } from './components/Progress/Progress';
export type { RadioGroupProps } from './components/RadioGroup/RadioGroup';
export { RadioGroup } from './components/RadioGroup/RadioGroup';
export type { SelectProps } from './components/Select/Select';
export { Select } from './components/Select/Select';
export type { SkipLinkProps } from './components/SkipLink/SkipLink';
export { SkipLink } from './components/SkipLink/SkipLink';
export type { SpinnerProps } from './components/Spinner/Spinner';
export { Spinner } from './components/Spinner/Spinner';
export type {
  StepIndicatorProps,
  StepIndicatorStep,
  StepStatus,
} from './components/StepIndicator/StepIndicator';
export { StepIndicator } from './components/StepIndicator/StepIndicator';
export type { TextareaProps } from './components/Textarea/Textarea';
export { Textarea } from './components/Textarea/Textarea';
export type { TextInputProps, TextInputWidth } from './components/TextInput/TextInput';
export { TextInput } from './components/TextInput/TextInput';
export type { VisuallyHiddenProps } from './components/VisuallyHidden/VisuallyHidden';
export { VisuallyHidden } from './components/VisuallyHidden/VisuallyHidden';
// Only the i18n part of core is re-exported here: the date, holiday and text rules live in
// `@machi-dx/ui/core`, so a React app never pulls the holiday table into its bundle by accident.
export type {
  Catalogs,
  Locale,
  MessageOverrides,
  Messages,
  MessageValues,
  Translate,
} from './core/i18n';
export { createTranslator, interpolate, isLocale, languageTag, locales } from './core/i18n';
export type { ButtonAria, UseButtonOptions } from './hooks/useButton';
export { useButton } from './hooks/useButton';
export type { CharacterCountAria, UseCharacterCountOptions } from './hooks/useCharacterCount';
export { countCharacters, useCharacterCount } from './hooks/useCharacterCount';
export type {
  ChoiceGroupState,
  ChoiceOption,
  ChoiceOptionAria,
  UseCheckboxGroupStateOptions,
  UseChoiceGroupOptions,
  UseRadioGroupStateOptions,
} from './hooks/useChoiceGroup';
export {
  useCheckboxGroupState,
  useChoiceGroup,
  useRadioGroupState,
} from './hooks/useChoiceGroup';
export { useControllableState } from './hooks/useControllableState';
export type {
  DateInputState,
  DatePart,
  DateParts,
  UseDateInputOptions,
  UseDateInputStateOptions,
} from './hooks/useDateInput';
export { datePartsToPlainDate, useDateInput, useDateInputState } from './hooks/useDateInput';
export { useDialog } from './hooks/useDialog';
export type { UseErrorSummaryOptions } from './hooks/useErrorSummary';
export { focusErrorField, useErrorSummary } from './hooks/useErrorSummary';
export { useErrorTitle } from './hooks/useErrorTitle';
export type {
  FieldAria,
  FieldContextValue,
  FieldsetAria,
  UseFieldOptions,
} from './hooks/useField';
export { FieldContext, useField, useFieldControlProps, useFieldset } from './hooks/useField';
export { useFocusTrap } from './hooks/useFocusTrap';
export type { I18nContextValue } from './hooks/useI18n';
export { I18nContext, useLocale, useTranslator } from './hooks/useI18n';
export { useScrollLock } from './hooks/useScrollLock';
