/**
 * The gentle signal at the end of a step: two soft tones through Web Audio, and a short vibration
 * unless the person asked for reduced motion. The audio context is made on a tap (browsers only
 * let a page play sound after one), so prepareStepSignal is called from the start button.
 */
let audio: AudioContext | null = null;

export function prepareStepSignal(): void {
  if (typeof AudioContext === 'undefined') return;
  audio ??= new AudioContext();
  void audio.resume().catch(() => undefined);
}

function tone(context: AudioContext, frequency: number, startsAt: number): void {
  const oscillator = context.createOscillator();
  const gain = context.createGain();
  oscillator.type = 'sine';
  oscillator.frequency.value = frequency;
  // A soft attack and a long fade: a chime, not a beep.
  gain.gain.setValueAtTime(0, startsAt);
  gain.gain.linearRampToValueAtTime(0.15, startsAt + 0.03);
  gain.gain.exponentialRampToValueAtTime(0.001, startsAt + 0.6);
  oscillator.connect(gain).connect(context.destination);
  oscillator.start(startsAt);
  oscillator.stop(startsAt + 0.65);
}

export function giveStepSignal({ withSound }: { withSound: boolean }): void {
  if (withSound && audio && audio.state === 'running') {
    tone(audio, 660, audio.currentTime);
    tone(audio, 880, audio.currentTime + 0.25);
  }
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  if (!reducedMotion && 'vibrate' in navigator) navigator.vibrate(150);
}
