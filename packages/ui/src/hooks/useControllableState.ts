import { useCallback, useRef, useState } from 'react';

/**
 * One state for controlled and uncontrolled use: when `value` is defined the parent owns it,
 * otherwise the component keeps its own, starting at `defaultValue`. `onChange` fires either way.
 */
export function useControllableState<T>(params: {
  value?: T | undefined;
  defaultValue: T;
  onChange?: ((value: T) => void) | undefined;
}): [T, (next: T | ((previous: T) => T)) => void] {
  const { value, defaultValue, onChange } = params;
  const [internal, setInternal] = useState<T>(defaultValue);
  const isControlled = value !== undefined;
  const current = isControlled ? value : internal;
  // Kept in refs so the setter's identity is stable and never reads a stale value or handler.
  const currentRef = useRef(current);
  currentRef.current = current;
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  const setValue = useCallback(
    (next: T | ((previous: T) => T)) => {
      const resolved =
        typeof next === 'function' ? (next as (previous: T) => T)(currentRef.current) : next;
      if (Object.is(resolved, currentRef.current)) return;
      if (!isControlled) setInternal(resolved);
      currentRef.current = resolved;
      onChangeRef.current?.(resolved);
    },
    [isControlled],
  );

  return [current, setValue];
}
