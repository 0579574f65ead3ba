import { type ReactNode, useEffect, useRef } from 'react';
import { useRouter } from '../router';

/**
 * A page: sets the document title and, after an in-app navigation (not on first load), moves
 * focus to the heading so screen-reader users hear where they arrived, as a full page load would.
 */
export function Page({
  title,
  siteName,
  children,
}: {
  title: string;
  siteName: string;
  children: ReactNode;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { navigations } = useRouter();
  const arrivedByNavigation = useRef(navigations > 0);
  useEffect(() => {
    document.title = title === siteName ? siteName : `${title} | ${siteName}`;
  }, [title, siteName]);
  useEffect(() => {
    if (arrivedByNavigation.current) headingRef.current?.focus();
  }, []);
  return (
    <>
      <h1 ref={headingRef} tabIndex={-1} className="portal-page-title">
        {title}
      </h1>
      {children}
    </>
  );
}
