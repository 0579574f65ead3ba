import { fireEvent, render, screen } from '@testing-library/react';
import { Link, RouterProvider } from '../../router';
import { useFullPageLoadsOut } from './fullPageLoads';

function Room() {
  useFullPageLoadsOut();
  return (
    <>
      <Link href="/consultation">in-app link out</Link>
      <Link href="/consultation/room/ABC?lang=en">same page, another language</Link>
    </>
  );
}

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('room pages: links are full page loads', () => {
  it('on a room page, an in-app link to another page is left to the browser; same-page links are not', () => {
    window.history.replaceState(null, '', '/consultation/room/ABC');
    const pushState = vi.spyOn(window.history, 'pushState');
    render(
      <RouterProvider>
        <Room />
      </RouterProvider>,
    );
    // The router would preventDefault and pushState; here the click reaches the browser untouched.
    const out = fireEvent.click(screen.getByRole('link', { name: 'in-app link out' }));
    expect(out).toBe(true);
    expect(pushState).not.toHaveBeenCalled();
    const same = fireEvent.click(screen.getByRole('link', { name: 'same page, another language' }));
    expect(same).toBe(false);
    expect(pushState).toHaveBeenCalledTimes(1);
    pushState.mockRestore();
  });
});
