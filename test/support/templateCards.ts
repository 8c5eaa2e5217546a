// Template cards for the variable rules' tests: sample data options, `${name}` strings, and cards with
// «markers» around the references a rule must report.
import { readTemplateData } from '../../server/src/card/template/sampleData';
import { card2, expectRule } from './markers';

export const data = (values: Record<string, unknown>) => ({
  templateData: readTemplateData(JSON.stringify(values), 'c.data.json'),
});
export const v = (name: string) => '${' + name + '}';
/** card2 output with «markers» around every `${name}` listed. */
export function marked(elements: unknown[], bad: string[], extra: Record<string, unknown> = {}): string {
  let text = card2(elements, extra);
  for (const name of bad) text = text.split(`${v(name)}`).join(`«${v(name)}»`);
  return text;
}

/** One `${name}` per element, each bound where `element(name)` puts it; `bad` lists the names expected to be reported. */
export function eachValue(
  element: (name: string) => unknown,
  values: Record<string, unknown>,
  bad: string[],
  ruleId = 'variable-type',
): ReturnType<typeof expectRule> {
  const names = Object.keys(values);
  return expectRule(ruleId, marked(names.map(element), bad), data(values));
}
