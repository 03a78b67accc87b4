/**
 * A calendar address shows the sessions from this many days back onwards: enough to see the last
 * course, without a therapist's years of sessions in every fetch.
 */
export const CALENDAR_FEED_PAST_DAYS = 90;

/** The file name the address ends with; calendar apps and the route both use it. */
export function calendarFeedPath(token: string): string {
  return `/calendar/${token}.ics`;
}

/** The same address for "Add to calendar" buttons: webcal:// makes phones offer to subscribe. */
export function webcalUrl(httpUrl: string): string {
  return httpUrl.replace(/^https?:\/\//, 'webcal://');
}

/** The token in /calendar/<token>.ics, or null when the name has another shape. */
export function calendarFeedToken(fileName: string): string | null {
  return fileName.endsWith('.ics') ? fileName.slice(0, -'.ics'.length) : null;
}
