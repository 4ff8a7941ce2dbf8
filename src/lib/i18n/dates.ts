/**
 * Dates in words, the way lessons write them ("9 September 1947"): day, month
 * name, year. English uses the day-first British order for that reason.
 */
export function formatLongDate(date: Date, locale: string): string {
  const tag = locale === 'en' ? 'en-GB' : locale;
  try {
    return new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
  } catch {
    // An unknown locale tag: fall back to English rather than fail.
    return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
  }
}
