// Feishu emoji keys in markdown (`:DONE:`, `:THUMBSUP:`). The platform draws its own artwork; the preview
// draws the Unicode emoji where the key's meaning is clear and the key's name in a chip otherwise.
// The key list is the message-reaction list the markdown page links to, which is not in our reference copy:
// the keys below are the commonly used ones as we know them (uncertain; an unknown ALL-CAPS key still gets a
// chip, any other `:word:` stays text).
/** The part of markdown-it's inline state the rule uses. */
interface InlineState {
  src: string;
  pos: number;
  push(type: string, tag: string, nesting: 0 | 1 | -1): { meta: unknown };
}

const EMOJI: Record<string, string> = {
  OK: '👌',
  THUMBSUP: '👍',
  ThumbsDown: '👎',
  DONE: '✅',
  CheckMark: '✔️',
  CrossMark: '❌',
  Yes: '✅',
  No: '❌',
  SMILE: '😊',
  LAUGH: '😄',
  LOL: '😂',
  BLUSH: '😊',
  WINK: '😉',
  LOVE: '😍',
  KISS: '😘',
  THINKING: '🤔',
  SOB: '😭',
  CRY: '😢',
  TEARS: '😢',
  ANGRY: '😠',
  SHOCKED: '😱',
  SWEAT: '😓',
  SLEEP: '😴',
  SICK: '🤒',
  SKULL: '💀',
  FACEPALM: '🤦',
  SHRUG: '🤷',
  Shrug: '🤷',
  CLAP: '👏',
  APPLAUSE: '👏',
  MUSCLE: '💪',
  WAVE: '👋',
  HUG: '🤗',
  FISTBUMP: '🤜',
  HIGHFIVE: '🙌',
  SALUTE: '🫡',
  PRAISE: '👍',
  JIAYI: '➕',
  FINGERHEART: '🫰',
  HEART: '❤️',
  HEARTBROKEN: '💔',
  ROSE: '🌹',
  PARTY: '🎉',
  Partying: '🥳',
  BEER: '🍺',
  CAKE: '🎂',
  GIFT: '🎁',
  Coffee: '☕',
  Fire: '🔥',
  BOMB: '💣',
  Trophy: '🏆',
  Alarm: '⏰',
  Pin: '📌',
  Loudspeaker: '📢',
  Music: '🎵',
  Hundred: '💯',
  MinusOne: '➖',
  POOP: '💩',
  FIREWORKS: '🎆',
  REDPACKET: '🧧',
  Get: '👌',
  LGTM: '👍',
  OnIt: '🫡',
  Typing: '⌨️',
  Soccer: '⚽',
  Basketball: '🏀',
  GeneralSun: '☀️',
  XmasTree: '🎄',
  Snowman: '⛄',
  Lemon: '🍋',
  Pumpkin: '🎃',
  TV: '📺',
  Movie: '🎬',
  THANKS: '🙏',
  ThanksFace: '🙏',
  CALF: '🐮',
  BEAR: '🐻',
  BULL: '🐂',
  LUCK: '🍀',
  MONEY: '💰',
};

const KEY = /^:([A-Za-z][A-Za-z0-9_]{0,40}):/;

export function emojiFor(key: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(EMOJI, key) ? EMOJI[key] : undefined;
}

export function emojiRule(state: InlineState, silent: boolean): boolean {
  if (state.src.charCodeAt(state.pos) !== 0x3a /* : */) return false;
  const match = KEY.exec(state.src.slice(state.pos));
  if (!match) return false;
  const key = match[1];
  const emoji = emojiFor(key);
  if (!emoji && !/^[A-Z][A-Z0-9_]+$/.test(key)) return false;
  if (!silent) {
    const t = state.push('feishu_emoji', '', 0);
    t.meta = { key, emoji };
  }
  state.pos += match[0].length;
  return true;
}

export function renderEmoji(meta: { key: string; emoji?: string }, escape: (s: string) => string): string {
  return meta.emoji
    ? `<span class="md-emoji" title=":${escape(meta.key)}:">${meta.emoji}</span>`
    : `<span class="md-emoji-key" title=":${escape(meta.key)}:">${escape(meta.key)}</span>`;
}
