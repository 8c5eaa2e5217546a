// Access tokens and the bot's own info: any app id and secret are accepted (this is a local imitation), the
// secret is never kept, and each token remembers which app asked for it so later calls know their app.
import { randomBytes } from 'node:crypto';
import { ok, refuse, isRecord, text, type ApiReply, type ApiRequest } from './api';

/** Two hours, as the platform hands out (the SDK renews 3 minutes early). */
const EXPIRE_SECONDS = 7200;

export class Auth {
  private readonly tokens = new Map<string, string>();
  /** The app that last asked for a token: HTTP callbacks carry its id. */
  lastAppId: string | undefined;

  tenantToken(request: ApiRequest): ApiReply {
    const appId = isRecord(request.body) ? request.body.app_id : undefined;
    if (typeof appId !== 'string' || appId === '')
      return refuse(
        10003,
        'app_id is required',
        text('The token request has no app_id.', '获取 token 的请求缺少 app_id。'),
      );
    const token = 't-' + randomBytes(20).toString('hex');
    this.tokens.set(token, appId);
    // A script asking for tokens in a loop cannot grow the map without bound.
    if (this.tokens.size > 1000) this.tokens.delete(this.tokens.keys().next().value as string);
    this.lastAppId = appId;
    const reply = ok(undefined, [], { tenant_access_token: token, expire: EXPIRE_SECONDS });
    reply.body.msg = 'ok';
    return reply;
  }

  appToken(request: ApiRequest): ApiReply {
    const reply = this.tenantToken(request);
    if (reply.status !== 200) return reply;
    const token = reply.body.tenant_access_token;
    return { ...reply, body: { ...reply.body, app_access_token: token } };
  }

  /**
   * The app behind a bearer token. A token from an earlier run is accepted too (the SDK caches its token
   * for two hours, and restarting the preview must not break a running bot), with a console note.
   */
  check(request: ApiRequest): { appId?: string; refusal?: ApiReply; note?: ReturnType<typeof text> } {
    const token = request.bearer;
    if (!token)
      return {
        refusal: refuse(
          99991661,
          'Missing access token for authorization. Please make a request with token attached.',
          text(
            'No `Authorization: Bearer <tenant_access_token>` header: the platform refuses the call.',
            '缺少 Authorization: Bearer <tenant_access_token> 请求头：平台会拒绝该调用。',
          ),
        ),
      };
    if (!token.startsWith('t-') && !token.startsWith('u-'))
      return {
        refusal: refuse(
          99991671,
          'Invalid token: must start with t-/u-',
          text('The access token must start with t- or u-.', '访问凭证必须以 t- 或 u- 开头。'),
        ),
      };
    const appId = this.tokens.get(token);
    if (appId) return { appId };
    return {
      appId: this.lastAppId,
      note: text(
        'This token was not issued by this local platform (an earlier run?); accepted here, but the real platform would check it.',
        '该 token 并非本地平台本次签发（可能来自上次运行）；此处接受，真实平台会校验。',
      ),
    };
  }

  botInfo(appId: string | undefined): ApiReply {
    const reply = ok(undefined, [], {
      bot: {
        activate_status: 2,
        app_name: 'Local bot',
        avatar_url: '',
        ip_white_list: [],
        open_id:
          'ou_' +
          (appId ?? 'local')
            .replace(/[^0-9a-f]/gi, '')
            .padEnd(32, '0')
            .slice(0, 32),
      },
    });
    reply.body.msg = 'ok';
    return reply;
  }
}
