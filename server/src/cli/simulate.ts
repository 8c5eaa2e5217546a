// `feishu-card simulate <file> --target <element_id|name|JSON pointer>`: performs one interaction and prints
// `{"request": <callback body>, "response": {status, ms, body}}` (the response only with --url). Uses the
// same session as the preview, so both produce the same bodies.
import { parseArgs } from 'node:util';
import {
  CardSession,
  createIdentity,
  type FieldValue,
  findTarget,
  inputFor,
  parseCard,
  MAX_VALUE_DEPTH,
  parseInputValue,
  printValue,
  substituteText,
  targetOf,
} from '../card';
import { sendCallback } from '../host/send';
import { loadTemplateData } from '../host/sampleDataFile';
import { checkCallbackUrl, readCardText, unusableCard } from './inputs';
import { EXIT, UsageError } from './usage';

class SimulateError extends Error {}

export async function runSimulate(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      target: { type: 'string' },
      input: { type: 'string', multiple: true, default: [] },
      url: { type: 'string' },
      'encrypt-key': { type: 'string' },
      'verification-token': { type: 'string' },
      data: { type: 'string' },
    },
  });
  if (positionals.length !== 1) throw new UsageError('simulate needs exactly one card file');
  if (!values.target) throw new UsageError('simulate needs --target <element_id | name | JSON pointer>');
  const url = checkCallbackUrl(values.url);
  const text = await readCardText(positionals[0]);
  try {
    // Template cards are filled with their sample data first, so the body carries real values.
    // Said about the file by name, in the words lint and render use for it.
    const unusable = unusableCard(parseCard(text, { forceCard: true }), positionals[0]);
    if (unusable) throw new SimulateError(unusable);
    const filled = substituteText(text, await loadTemplateData(positionals[0], values.data));
    const request = await simulate(
      filled.text,
      values.target,
      values.input ?? [],
      values['verification-token'],
    );
    const output: Record<string, unknown> = { request };
    if (filled.used.length > 0) output.variables = filled.used;
    let failed = false;
    if (url !== undefined) {
      const result = await sendCallback(request, {
        url,
        encryptKey: values['encrypt-key'],
        verificationToken: values['verification-token'],
      });
      output.response = {
        status: result.status,
        ms: result.ms,
        ...responseBody(result.body, result.rawBody),
        ...(result.error ? { error: result.error } : {}),
      };
      // A send that failed, or an answer the platform would not accept, is not a successful interaction.
      failed = result.error !== undefined;
    }
    // The request is a card's own body (within the parser's limits); the answer is printed by responseBody.
    process.stdout.write(JSON.stringify(output, null, 2) + '\n');
    return failed ? EXIT.findings : EXIT.ok;
  } catch (error) {
    if (!(error instanceof SimulateError)) throw error;
    process.stderr.write(`feishu-card simulate: ${error.message}\n`);
    return EXIT.findings;
  }
}

/**
 * The answer as it goes into the output: the parsed JSON when it is small and shallow enough to print, else
 * the raw text (a string cannot blow up) and why. An answer nested thousands of levels deep would throw in
 * JSON.stringify; a 10 KB answer nested 1,000 levels would print megabytes of indentation.
 */
function responseBody(body: unknown, rawBody: string | undefined): Record<string, unknown> {
  if (body === undefined) return rawBody === undefined ? {} : { body: rawBody };
  const printed = printValue(body);
  if (printed.ok && printed.pretty) return { body };
  const why = printed.ok
    ? 'the answer is too large to print indented; shown as its raw text'
    : `the answer is nested more than ${MAX_VALUE_DEPTH} levels deep; shown as its raw text`;
  return { body: rawBody, note: why };
}

/** Splits `name=value`; a bare value (no `=`) is the target's own input. */
function parseInputs(inputs: string[]): { named: Map<string, string>; bare: string | undefined } {
  const named = new Map<string, string>();
  let bare: string | undefined;
  for (const item of inputs) {
    const eq = item.indexOf('=');
    if (eq > 0) named.set(item.slice(0, eq), item.slice(eq + 1));
    else bare = item;
  }
  return { named, bare };
}

export async function simulate(
  text: string,
  ref: string,
  inputs: string[],
  verificationToken?: string,
): Promise<object> {
  const card = parseCard(text, { forceCard: true });
  // The same verdict as render and lint give on the same file (too large, not JSON, not an object).
  const unusable = unusableCard(card, 'the card');
  if (unusable) throw new SimulateError(unusable);
  const component = findTarget(card, ref);
  if (!component) throw new SimulateError(`no component with element_id, name or JSON pointer "${ref}"`);
  const session = new CardSession(card, createIdentity({ verificationToken }));
  const target = targetOf(card, component);
  const { named, bare } = parseInputs(inputs);

  // Inside a form the inputs fill the form's fields; the target's own value may be named too.
  const own = [target.props.name, target.props.element_id].find(
    (k) => typeof k === 'string' && named.has(k),
  ) as string | undefined;
  for (const [name, raw] of named) {
    if (name === own) continue;
    const field = card.components.find((c) => {
      const t = targetOf(card, c);
      return t.props.name === name || t.props.element_id === name;
    });
    if (!field) throw new SimulateError(`--input ${name}: no field with that name`);
    const fieldTarget = targetOf(card, field);
    session.setValue(fieldTarget, parseInputValue(session.kindOf(fieldTarget), raw));
  }

  const raw = own !== undefined ? named.get(own) : bare;
  const kind = session.kindOf(target);
  const current = session.valueOf(target);
  // Without a value on the command line a checker is clicked: it flips.
  const value: FieldValue =
    raw !== undefined ? parseInputValue(kind, raw) : kind === 'check' ? current !== true : current;
  const label = describe(target.tag, target.props);
  const input = inputFor(kind, value);
  if (!input || (input.kind === 'select' && input.option === ''))
    throw new SimulateError(
      `${label} needs a value: --input ${String(target.props.name ?? target.props.element_id ?? 'value')}=...`,
    );

  const outcome = session.interact(target, input);
  switch (outcome.kind) {
    case 'callback':
      return outcome.request;
    case 'blocked':
      throw new SimulateError(
        `required field(s) missing: ${outcome.missing.join(', ')} (pass them with --input name=value)`,
      );
    case 'open_url': {
      const url = outcome.openUrl.desktop.url ?? outcome.openUrl.android.url ?? outcome.openUrl.ios.url ?? '';
      throw new SimulateError(`${label} does not call back: it only opens a link${url ? ` (${url})` : ''}`);
    }
    case 'local':
      throw new SimulateError(
        outcome.reason === 'in-form'
          ? `${label} is inside a form and sends nothing by itself: target the form's submit button and pass --input name=value`
          : `${label} does not call back (no callback behavior): the change stays in the card`,
      );
    case 'reset':
      throw new SimulateError(`${label} resets its form locally; no callback is sent`);
    case 'disabled':
      throw new SimulateError(`${label} is disabled`);
  }
}

function describe(tag: string, props: Record<string, unknown>): string {
  const id = props.element_id ?? props.name;
  return typeof id === 'string' ? `${tag} "${id}"` : tag || 'the component';
}
