import './styles/index.css';

export type { ButtonProps, ButtonSize, ButtonVariant } from './components/Button/Button';
export { Button } from './components/Button/Button';
export type { CheckboxGroupProps } from './components/CheckboxGroup/CheckboxGroup';
export { CheckboxGroup } from './components/CheckboxGroup/CheckboxGroup';
export type { DateInputProps } from './components/DateInput/DateInput';
export { DateInput } from './components/DateInput/DateInput';
export type { FieldProps } from './components/Field/Field';
export { Field } from './components/Field/Field';
export type { I18nProviderProps } from './components/I18nProvider/I18nProvider';
export { I18nProvider } from './components/I18nProvider/I18nProvider';
export type { NoticeProps, NoticeTone } from './components/Notice/Notice';
export { Alert, Notice } from './components/Notice/Notice';
export type { ProgressProps } from './components/Progress/Progress';
export { Progress } from './components/Progress/Progress';
export type { RadioGroupProps } from './components/RadioGroup/RadioGroup';
export { RadioGroup } from './components/RadioGroup/RadioGroup';
export type { SelectProps } from './components/Select/Select';
export { Select } from './components/Select/Select';
export type { SpinnerProps } from './components/Spinner/Spinner';
export { Spinner } from './components/Spinner/Spinner';
export type { TextareaProps } from './components/Textarea/Textarea';
export { Textarea } from './components/Textarea/Textarea';
export type { TextInputProps, TextInputWidth } from './components/TextInput/TextInput';
export { TextInput } from './components/TextInput/TextInput';
export type { VisuallyHiddenProps } from './components/VisuallyHidden/VisuallyHidden';
export { VisuallyHidden } from './components/VisuallyHidden/VisuallyHidden';
export * from './core/index';
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
export type {
  FieldAria,
  FieldContextValue,
  FieldsetAria,
  UseFieldOptions,
} from './hooks/useField';
export { FieldContext, useField, useFieldControlProps, useFieldset } from './hooks/useField';
export type { I18nContextValue } from './hooks/useI18n';
export { I18nContext, useLocale, useTranslator } from './hooks/useI18n';
