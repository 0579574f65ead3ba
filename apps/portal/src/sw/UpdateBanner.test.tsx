import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { holdEntry } from './entryGuard';
import type { ServiceWorkerUpdates, UpdateState } from './register';
import { UpdateBanner } from './UpdateBanner';

function fakeUpdates(initial: UpdateState) {
  let state = initial;
  const listeners = new Set<() => void>();
  const updates = {
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => state,
    apply: vi.fn(() => {
      state = { ...state, applying: true };
      for (const listener of listeners) listener();
    }),
  };
  const set = (next: UpdateState) =>
    act(() => {
      state = next;
      for (const listener of listeners) listener();
    });
  return { updates: updates as unknown as ServiceWorkerUpdates, apply: updates.apply, set };
}

beforeEach(() => window.localStorage.clear());

describe('UpdateBanner', () => {
  it('says nothing until a new version waits, then offers 更新, which applies it', async () => {
    const user = userEvent.setup();
    const { updates, apply, set } = fakeUpdates({ waiting: false, applying: false });
    render(<UpdateBanner updates={updates} />);
    const region = screen.getByRole('region', { name: '新しい版のお知らせ' });
    expect(region).toHaveTextContent('');
    set({ waiting: true, applying: false });
    expect(screen.getByRole('status')).toHaveTextContent(/新しい版があります/);
    await user.click(screen.getByRole('button', { name: '更新' }));
    expect(apply).toHaveBeenCalledTimes(1);
  });

  it('waits while a form has input that was not submitted, and offers it after the submit', async () => {
    const user = userEvent.setup();
    const { updates } = fakeUpdates({ waiting: true, applying: false });
    render(
      <>
        <form aria-label="報告" onSubmit={(event) => event.preventDefault()}>
          <input aria-label="人数" />
          <button type="submit">送る</button>
        </form>
        <UpdateBanner updates={updates} />
      </>,
    );
    expect(screen.getByRole('button', { name: '更新' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('人数'), '12');
    expect(screen.queryByRole('button', { name: '更新' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '送る' }));
    expect(await screen.findByRole('button', { name: '更新' })).toBeInTheDocument();
  });

  it('follows the portal language chosen on this device', () => {
    window.localStorage.setItem('machi-dx:locale', 'en');
    const { updates } = fakeUpdates({ waiting: true, applying: false });
    render(<UpdateBanner updates={updates} />);
    expect(screen.getByText('A new version is available')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Update' })).toBeInTheDocument();
  });

  it('hides while a hold is taken and shows again once it is released', () => {
    const { updates } = fakeUpdates({ waiting: true, applying: false });
    const release = holdEntry();
    render(<UpdateBanner updates={updates} />);
    expect(screen.queryByRole('button', { name: '更新' })).not.toBeInTheDocument();
    act(() => release());
    expect(screen.getByRole('button', { name: '更新' })).toBeInTheDocument();
  });
});
