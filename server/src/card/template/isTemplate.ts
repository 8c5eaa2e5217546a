// Is this card a Feishu template, so that `${…}` in it is a platform variable? Only then do the variable
// rules speak: elsewhere `${…}` belongs to some other template engine (JS template strings, Jinja, Go
// templates) and the platform never fills it. A card is a template when it has sample data, when the user
// says so (feishuCard.variables.template), or when its file shows the card builder's marks.
import type { CardDocument } from '../parse/model';

/** The builder's loop marker `_varloop`, or `template_variable` beside the card (a send request or fixture). */
const BUILDER_MARKS = /"(_varloop|template_variable|template_id)"\s*:/;

export function isTemplateCard(
  card: CardDocument,
  inputs: { hasSampleData: boolean; setting?: boolean },
): boolean {
  if (inputs.setting !== undefined) return inputs.setting;
  if (inputs.hasSampleData) return true;
  return BUILDER_MARKS.test(card.text);
}
