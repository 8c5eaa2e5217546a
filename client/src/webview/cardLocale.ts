// The card language of the preview (zh_cn when the UI is Chinese), read by the text and date renderers.
let locale: 'en' | 'zh' = 'en';

export function setCardLanguage(value: 'en' | 'zh'): void {
  locale = value;
}

export function cardLanguage(): 'en' | 'zh' {
  return locale;
}
