// Reads a card's sample data from disk for front ends that have no language server at hand (the preview
// panel and the CLI commands): the configured data file, else the sidecar `<card>.data.json`.
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { readTemplateData, sidecarDataPath, type TemplateData } from '../card';

/** Sample data for a card file, or undefined when there is none or it is not a JSON object of values. */
export function readSampleDataSync(cardFile: string, configured?: string): TemplateData | undefined {
  const dataPath = configured ? path.resolve(path.dirname(cardFile), configured) : sidecarDataPath(cardFile);
  if (!existsSync(dataPath)) return undefined;
  try {
    const data = readTemplateData(readFileSync(dataPath, 'utf8'), dataPath);
    return data.broken ? undefined : data;
  } catch {
    return undefined;
  }
}

/** For the CLI: `--data` when given (it must exist), else the sidecar `<card>.data.json` if there is one. */
export async function loadTemplateData(
  cardFile: string,
  dataOption?: string,
): Promise<TemplateData | undefined> {
  const dataPath = dataOption ?? sidecarDataPath(cardFile);
  if (dataOption === undefined && !existsSync(dataPath)) return undefined;
  const data = readTemplateData(await readFile(dataPath, 'utf8'), dataPath);
  if (data.broken) throw new Error(`${dataPath} is not a JSON object of sample values`);
  return data;
}
