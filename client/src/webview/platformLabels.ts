// The local platform's labels on the preview page (status, transcript, console), in English and Chinese.
const en = {
  title: 'Local platform',
  waiting: 'Waiting for a bot. Point its SDK at this address (the only change):',
  connected: 'Bot {appId} connected over long connection ({n})',
  http: 'HTTP bot {appId}: clicks are POSTed to feishuCard.callback.url',
  transcript: 'Chat',
  sent: 'bot sent',
  replied: 'bot replied',
  kindApi: 'API',
  kindPlatform: 'platform',
  request: 'Request',
  response: 'Response',
  code: 'code',
  problems: 'Our rules on this card:',
};
const zh: typeof en = {
  title: '本地平台',
  waiting: '等待机器人连接。将其 SDK 指向此地址（只需改这一处）：',
  connected: '机器人 {appId} 已通过长连接连接（{n} 个）',
  http: 'HTTP 机器人 {appId}：点击将 POST 到 feishuCard.callback.url',
  transcript: '会话',
  sent: '机器人发送',
  replied: '机器人回复',
  kindApi: 'API',
  kindPlatform: '平台',
  request: '请求',
  response: '响应',
  code: '错误码',
  problems: '本工具规则对此卡片的检查：',
};

export type PlatformLabels = typeof en;

export function platformLabels(locale: 'en' | 'zh'): PlatformLabels {
  return locale === 'zh' ? zh : en;
}
