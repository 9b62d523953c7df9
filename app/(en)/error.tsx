'use client';

import { PageError } from '@/app/_routes/page-error';

export default function Error(props: { error: Error & { digest?: string } }) {
  return <PageError {...props} lang="en" />;
}
