// What the preview page is sent instead of a file too large to analyse: a small card that says so. The page
// parses whatever it gets, so sending it 50 MB would stall it for nothing: the parser stops at its size limit.
import { DEFAULT_MAX_SIZE } from '../parse/parse';
import type { Locale } from '../i18n';

/** Whether a file of this many characters is shown as the notice card instead of itself. */
export function tooLargeToPreview(length: number, maxSize = DEFAULT_MAX_SIZE): boolean {
  return length > maxSize;
}

/** A 2.0 card whose only content is the reason the file is not shown. */
export function oversizeNoticeCard(length: number, locale: Locale, maxSize = DEFAULT_MAX_SIZE): string {
  const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);
  const content =
    locale === 'zh'
      ? `此文件有 ${mb(length)} MB（${length} 个字符），超过预览读取的 ${mb(maxSize)} MB 上限，因此不显示。卡片消息最大 30 KB。`
      : `This file is ${mb(length)} MB (${length} characters), over the ${mb(maxSize)} MB the preview reads, so it is not shown. A card message may be at most 30 KB.`;
  return JSON.stringify({ schema: '2.0', body: { elements: [{ tag: 'markdown', content }] } });
}
