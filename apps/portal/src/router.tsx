import {
  type AnchorHTMLAttributes,
  createContext,
  type MouseEvent,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react';

interface RouterValue {
  /** The current path, without query string or hash. */
  path: string;
  /** Goes to another page of the portal without reloading. */
  navigate: (to: string) => void;
  /** How many in-app navigations happened since the page loaded (0 on first load). */
  navigations: number;
}

const RouterContext = createContext<RouterValue>({ path: '/', navigate: () => {}, navigations: 0 });

/** A history-API router: small on purpose, the portal has a handful of pages. */
export function RouterProvider({ children }: { children: ReactNode }) {
  const [path, setPath] = useState(() => window.location.pathname);
  const [navigations, setNavigations] = useState(0);
  useEffect(() => {
    const onPopState = () => {
      setPath(window.location.pathname);
      setNavigations((count) => count + 1);
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);
  const navigate = useCallback((to: string) => {
    const url = new URL(to, window.location.href);
    // Keep the chosen language across pages.
    const lang = new URLSearchParams(window.location.search).get('lang');
    if (lang && !url.searchParams.has('lang')) url.searchParams.set('lang', lang);
    window.history.pushState(null, '', url);
    setPath(url.pathname);
    setNavigations((count) => count + 1);
    window.scrollTo(0, 0);
  }, []);
  const value = useMemo(() => ({ path, navigate, navigations }), [path, navigate, navigations]);
  return <RouterContext.Provider value={value}>{children}</RouterContext.Provider>;
}

/** The current path and `navigate`. */
export function useRouter(): RouterValue {
  return useContext(RouterContext);
}

/** An ordinary link that navigates in-app; modified clicks (new tab, etc.) behave as usual. */
export function Link({
  href,
  onClick,
  ...rest
}: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const { path, navigate } = useRouter();
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    event.preventDefault();
    navigate(href);
  };
  return (
    <a
      href={href}
      aria-current={path === href ? 'page' : undefined}
      onClick={handleClick}
      {...rest}
    />
  );
}
