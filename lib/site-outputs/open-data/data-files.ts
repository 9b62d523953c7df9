import { absoluteUrl } from '../../site';
import { figuresCsv, figuresCsvSchema } from './figures-csv';
import type { OutputFile } from './output-file';
import { DATA_FILES, DATA_VERSION } from './paths';
import { figureRecords, insightRecords, speakerRecords } from './records';
import { DATA_SOURCE, dataSchemas } from './schemas';

/** Pretty-printed: the files are read by people as much as by programs, and gzip takes the spaces back. */
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** A data file: its schema's address, the format's version, the source, then the records. */
function dataFile(key: 'insights' | 'speakers' | 'figures', records: readonly unknown[]): string {
  return json({ $schema: absoluteUrl(DATA_FILES[`${key}Schema`]), version: DATA_VERSION, source: DATA_SOURCE, [key]: records });
}

/** /data/: insights, speakers and figures as JSON, the figures as CSV, and the JSON Schema of each. */
export function dataFiles(): OutputFile[] {
  const schemas = dataSchemas();
  const figures = figureRecords();
  return [
    { path: DATA_FILES.insights, body: dataFile('insights', insightRecords()) },
    { path: DATA_FILES.insightsSchema, body: json(schemas.insights) },
    { path: DATA_FILES.speakers, body: dataFile('speakers', speakerRecords()) },
    { path: DATA_FILES.speakersSchema, body: json(schemas.speakers) },
    { path: DATA_FILES.figures, body: dataFile('figures', figures) },
    { path: DATA_FILES.figuresSchema, body: json(schemas.figures) },
    { path: DATA_FILES.figuresCsv, body: figuresCsv(figures) },
    { path: DATA_FILES.figuresCsvSchema, body: json(figuresCsvSchema()) },
  ];
}
