import { describe, expect, it } from 'vitest';
import { clientAddress } from './client-address';

describe('clientAddress', () => {
  const headers = { 'x-forwarded-for': '10.0.0.1, 203.0.113.7' };

  it("takes the proxy's last X-Forwarded-For hop only when the proxy is trusted", () => {
    expect(clientAddress(headers, true)).toBe('203.0.113.7');
    // A client can send any X-Forwarded-For it likes: without a trusted proxy none of it counts,
    // and the address is unknown rather than one shared by everybody.
    expect(clientAddress(headers, false)).toBeNull();
    expect(clientAddress({}, true)).toBeNull();
  });
});
