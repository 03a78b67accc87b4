import { describe, expect, it } from 'vitest';
import { isReadablePath } from './request-path';

describe('isReadablePath', () => {
  it('accepts ordinary and percent-encoded UTF-8 paths', () => {
    expect(isReadablePath('/patients/cm3x1abc')).toBe(true);
    expect(isReadablePath('/patients/Zo%C3%AB')).toBe(true);
  });

  it('refuses malformed escapes, invalid UTF-8 and control characters', () => {
    expect(isReadablePath('/patients/%E0%A4%A')).toBe(false);
    expect(isReadablePath('/patients/%C3')).toBe(false);
    expect(isReadablePath('/patients/%FF')).toBe(false);
    expect(isReadablePath('/patients/%00')).toBe(false);
    expect(isReadablePath('/patients/a%0Ab')).toBe(false);
  });
});
