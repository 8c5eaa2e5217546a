// The output formats of `feishu-card lint`, by name. Each formatter turns results into text and nothing else.
import { formatJson } from './json';
import type { FileResult } from './results';
import { formatSarif } from './sarif';
import { formatStylish } from './stylish';

export type { FileResult } from './results';

export const formatters: Record<string, (results: FileResult[]) => string> = {
  stylish: formatStylish,
  json: formatJson,
  sarif: (results) => JSON.stringify(formatSarif(results), null, 2) + '\n',
};
