import { act, renderHook, waitFor } from '@testing-library/react';
import { createHqClient } from '../core/hq/client';
import {
  recordedFetch,
  recordedOverview,
  recordedShelters,
  recordedSupplyRequests,
} from '../core/hq/test-support';
import { useHqBoardData } from './useHqStore';

function client() {
  const { fetch, calls } = recordedFetch({
    'GET /api/v1/shelters': [200, recordedShelters],
    'GET /api/v1/hq/overview': [200, recordedOverview],
    'GET /api/v1/supply-requests?status=all': [200, { supplyRequests: recordedSupplyRequests }],
  });
  // No EventSource here: the board still loads, and says it is not live.
  return { client: createHqClient({ fetch, EventSource: undefined }), calls };
}

describe('useHqBoardData', () => {
  it('loads the board once enabled, re-renders with the data and stops on unmount', async () => {
    const { client: hq, calls } = client();
    const { result, rerender, unmount } = renderHook(
      ({ enabled }) => useHqBoardData(hq, { enabled }),
      { initialProps: { enabled: false } },
    );
    expect(result.current.snapshot.status).toBe('idle');
    expect(calls).toHaveLength(0);
    const store = result.current.store;
    rerender({ enabled: true });
    await waitFor(() => expect(result.current.snapshot.status).toBe('ready'));
    expect(result.current.store).toBe(store);
    expect(result.current.snapshot.shelters).toHaveLength(2);
    expect(result.current.snapshot.overview?.evacuees.total).toBe(196);
    expect(result.current.snapshot.connection).toBe('off');
    unmount();
    calls.length = 0;
    await act(() => store.refresh());
    expect(calls).toHaveLength(0); // stopped: nothing loads after unmount
  });
});
