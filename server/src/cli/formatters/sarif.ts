// SARIF 2.1.0 output so code-scanning tools can show the findings.
import { allRules, docsUrl } from '../../card';
import { lineColumn, type FileResult } from './results';

const LEVEL = { error: 'error', warning: 'warning', info: 'note', hint: 'note' } as const;

export function formatSarif(results: FileResult[]) {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'feishu-card',
            informationUri: 'https://open.feishu.cn/document/feishu-cards/card-json-v2-structure',
            rules: allRules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.description.en },
              helpUri: docsUrl(rule.docs),
              defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
            })),
          },
        },
        results: results.flatMap(({ file, text, findings }) =>
          findings.map((f) => {
            const start = lineColumn(text, f.start);
            const end = lineColumn(text, f.end);
            return {
              ruleId: f.ruleId,
              level: LEVEL[f.severity],
              message: { text: f.message },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: file.replace(/\\/g, '/') },
                    region: {
                      startLine: start.line,
                      startColumn: start.column,
                      endLine: end.line,
                      endColumn: end.column,
                    },
                  },
                },
              ],
            };
          }),
        ),
      },
    ],
  };
}
