import { dataFiles } from './data-files';
import { llmsFiles } from './llms-txt';
import { markdownTwinFiles } from './markdown-twins';
import { writeOutputFiles, type OutputFile } from './output-file';

/** Every open data file: /data/, /llms.txt and /llms-full.txt, and each page's Markdown twin. */
export function openDataFiles(): { data: OutputFile[]; llms: OutputFile[]; twins: OutputFile[] } {
  return { data: dataFiles(), llms: llmsFiles(), twins: markdownTwinFiles() };
}

/** Writes the open data into a built site (the build's staging folder); returns how many files of each kind. */
export function writeOpenData(out: string): { data: number; llms: number; twins: number } {
  const { data, llms, twins } = openDataFiles();
  return { data: writeOutputFiles(out, data), llms: writeOutputFiles(out, llms), twins: writeOutputFiles(out, twins) };
}
