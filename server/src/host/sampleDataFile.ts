// Reads a card's sample data from disk for front ends that have no language server at hand (the preview
// panel, `feishu-card preview`): the configured data file, else the sidecar `<card>.data.json`.
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { readTemplateData, sidecarDataPath } from '../card/template/sampleData';
import type { TemplateData } from '../card/template/variables';

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
