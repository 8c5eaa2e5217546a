// `<local_datetime millisecond format_type>` as the viewer sees it: in the viewer's time zone, worded in the
// preview's language, in the formats the markdown page lists (date_num 2019-03-15, date_short Mar 15,
// date Mar 15, 2019, week Tuesday, week_short Tue, time 13:42, time_sec 13:42:53, timezone GMT+8:00).
import { cardLanguage } from './cardLocale';

const pad = (n: number) => String(n).padStart(2, '0');

export function formatLocalDatetime(
  millisecond: string | undefined,
  format: string | undefined,
  now = Date.now(),
): string {
  // An empty `millisecond` means "when the card was sent": in a preview, now.
  const ms = millisecond && /^\d{1,15}$/.test(millisecond.trim()) ? Number(millisecond) : now;
  const d = new Date(ms);
  const lang = cardLanguage() === 'zh' ? 'zh-CN' : 'en-US';
  const fmt = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(lang, options).format(d);
  switch (format) {
    case 'date_short':
      return fmt({ month: 'short', day: 'numeric' });
    case 'date':
      return fmt({ year: 'numeric', month: 'short', day: 'numeric' });
    case 'week':
      return fmt({ weekday: 'long' });
    case 'week_short':
      return fmt({ weekday: 'short' });
    case 'time':
      return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
    case 'time_sec':
      return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
    case 'timezone': {
      const offset = -d.getTimezoneOffset();
      const sign = offset < 0 ? '-' : '+';
      const abs = Math.abs(offset);
      return `GMT${sign}${Math.floor(abs / 60)}:${pad(abs % 60)}`;
    }
    default:
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }
}
