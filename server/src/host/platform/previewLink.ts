// Ties the local platform to a preview (the CLI's page server or the VS Code panel): every platform event
// goes to the page as `{type: 'platform', event}`, and a click from the page goes to the bot through the
// platform, coming back as the page's `answer` (or `notSent` when no bot is connected and no URL is set).
import type { CardKind, HostMessage, Locale } from '../../card';
import type { CallbackSettings } from '../relay';
import { startPlatform, type Platform } from './platform';

export interface PreviewLinkOptions {
  port?: number;
  locale: Locale;
  callbackSettings: () => CallbackSettings;
  post: (message: HostMessage) => void;
  log?: (line: string) => void;
  /** The platform's answer deadline (PlatformOptions.answerDeadlineMs; tests only). */
  answerDeadlineMs?: number;
}

export class PreviewLink {
  private constructor(readonly platform: Platform) {}

  static async start(options: PreviewLinkOptions): Promise<PreviewLink> {
    const platform = await startPlatform({
      port: options.port,
      locale: options.locale,
      callbackSettings: options.callbackSettings,
      log: options.log,
      answerDeadlineMs: options.answerDeadlineMs,
    });
    platform.on((event) => options.post({ type: 'platform', event }));
    return new PreviewLink(platform);
  }

  get url(): string {
    return this.platform.url;
  }

  /** What a page that (re)connects needs to know at once. */
  greeting(): HostMessage {
    return { type: 'platform', event: { type: 'status', status: this.platform.status() } };
  }

  async relay(
    id: string,
    request: Record<string, unknown>,
    cardKind: CardKind,
    cardText: string,
  ): Promise<HostMessage> {
    const delivered = await this.platform.click(request, cardKind, cardText);
    return delivered ? { type: 'answer', id, answer: delivered.answer } : { type: 'notSent', id };
  }

  close(): Promise<void> {
    return this.platform.close();
  }
}
