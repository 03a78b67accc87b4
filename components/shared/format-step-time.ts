/** Quarter minutes read better as seconds: 0.75 → "45 s", 1.25 → "1 min 15 s". */
export function formatStepTime(minutes: number): string {
  const totalSeconds = Math.round(minutes * 60);
  const wholeMinutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  if (wholeMinutes === 0) return `${seconds} s`;
  return seconds === 0 ? `${wholeMinutes} min` : `${wholeMinutes} min ${seconds} s`;
}
