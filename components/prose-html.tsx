/** Renders HTML that the content pipeline produced and sanitised at build time. */
export function ProseHtml({ html, lang, className = '' }: { html: string; lang?: string; className?: string }) {
  return (
    <div
      lang={lang}
      className={`prose prose-zinc max-w-none dark:prose-invert prose-a:text-brand-700 dark:prose-a:text-brand-100 ${className}`}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
