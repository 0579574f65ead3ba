// Field ids and error messages for the flow's questions, shared by every step's form, so an
// error summary link and the field it points at can never disagree on the id.
import type { ErrorSummaryItem } from '@machi-dx/ui';
import { useCallback } from 'react';
import type { FlowField, FlowFieldError } from '../../core/flow/details';
import { flowFieldErrorKey as fieldErrorKey } from '../../core/flow-messages';
import { useFlowTranslator } from '../../hooks/useBookingTranslator';

/** The id of a flow field's control: `<prefix>-<field>`. */
export function fieldId(prefix: string, field: FlowField): string {
  return `${prefix}-${field}`;
}

/** Messages and summary items for a step's errors, in the current locale. */
export function useFieldErrors(prefix: string, errors: readonly FlowFieldError[]) {
  const t = useFlowTranslator();
  const message = useCallback(
    (error: FlowFieldError) => t(fieldErrorKey(error), error.params),
    [t],
  );
  const items: ErrorSummaryItem[] = errors.map((error) => ({
    id: fieldId(prefix, error.field),
    message: message(error),
  }));
  /** The message to show under a field, if it has an error. */
  const errorFor = (field: FlowField): string | undefined => {
    const error = errors.find((candidate) => candidate.field === field);
    return error && message(error);
  };
  return { items, errorFor };
}
