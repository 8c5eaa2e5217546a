// Host side of a callback from the preview: POST it to the author's server when a URL is configured and
// read the answer as the chat client would; without a URL nothing leaves the machine.
import { type CardKind, type HostMessage, interpretAnswer, type Locale } from '../card';
import { sendCallback } from './send';

export interface CallbackSettings {
  url?: string;
  encryptKey?: string;
  verificationToken?: string;
}

export async function relayCallback(
  id: string,
  request: Record<string, unknown>,
  settings: CallbackSettings,
  locale: Locale,
  cardKind: CardKind,
): Promise<HostMessage> {
  if (!settings.url) return { type: 'notSent', id };
  const result = await sendCallback(request, {
    url: settings.url,
    encryptKey: settings.encryptKey || undefined,
    verificationToken: settings.verificationToken || undefined,
  });
  return { type: 'answer', id, answer: interpretAnswer(result, locale, cardKind) };
}
