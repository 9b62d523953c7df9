import { ContentError } from '@/lib/content/content-error';

/**
 * A dynamic route's params. Under `next dev` they are only a hint (any slug
 * renders on request), and Next answers an error thrown here with a bare 500
 * outside every layout: so invalid content lists no params there, and the
 * page itself meets the error, which its error boundary shows the author.
 * A production build refuses invalid content before it gets here.
 */
export function staticParams<T>(list: () => T[]): T[] {
  if (process.env.NODE_ENV === 'production') return list();
  try {
    return list();
  } catch (error) {
    if (error instanceof ContentError) return [];
    throw error;
  }
}
