import { serializeJsonLd, type JsonLd as Data } from '@/lib/site-outputs/json-ld';

/** schema.org data for the page, escaped so that no content can end the script element. */
export function JsonLd({ data }: { data: Data | Data[] }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
