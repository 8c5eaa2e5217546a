// Host side of a callback from the preview: POST it to the author's server when a URL is configured and
// read the answer as the chat client would; without a URL nothing leaves the machine.
// Never rejects: the console entry that waits for this answer must always get one, and a rejection in the
// CLI's preview server would end the process.
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
  try {
    return { type: 'answer', id, answer: interpretAnswer(result, locale, cardKind) };
  } catch (error) {
    // Only a bug of ours can land here; the entry still gets an answer that says what happened.
    const detail = error instanceof Error ? error.message : String(error);
    return {
      type: 'answer',
      id,
      answer: {
        status: result.status,
        ms: result.ms,
        notes: [],
        error: {
          message: {
            en: `The answer could not be read (${detail}).`,
            zh: `无法读取响应（${detail}）。`,
          },
        },
      },
    };
  }
}
