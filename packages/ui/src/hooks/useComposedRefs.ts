import { type Ref, type RefCallback, useCallback, useRef } from 'react';

function assignRef<T>(ref: Ref<T> | undefined, value: T | null): void {
  if (typeof ref === 'function') ref(value);
  else if (ref) (ref as { current: T | null }).current = value;
}

/** One stable ref callback that fills several refs: the caller's forwarded ref and the component's own. */
export function useComposedRefs<T>(...refs: (Ref<T> | undefined)[]): RefCallback<T> {
  // Read at call time, so the callback stays stable (React would otherwise detach and reattach it
  // on every render) and still reaches the refs of the latest render.
  const latest = useRef(refs);
  latest.current = refs;
  return useCallback((value: T | null) => {
    for (const ref of latest.current) assignRef(ref, value);
  }, []);
}
