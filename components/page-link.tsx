import Link from 'next/link';
import type { ComponentProps } from 'react';

/**
 * A link to another page of the site, without prefetching: Next.js would
 * otherwise fetch every linked page's payload as soon as its link scrolls
 * into view (dozens on a phone, on the main thread during first load),
 * for navigations most readers never make. A click still navigates
 * client-side.
 */
export function PageLink(props: ComponentProps<typeof Link>) {
  return <Link prefetch={false} {...props} />;
}
