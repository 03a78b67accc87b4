import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AVAILABILITY_POLICY, type Refusal } from '@/lib/domain/database-availability';
import { REQUEST_ID_HEADER } from '@/lib/request-id';
import { admitRequest, startResponseWatcher } from './database-availability';

/**
 * Issue 8: proxy.ts admits a request and counts it until its response closes. Here a plain Node
 * server plays the app: it asks for admission as proxy.ts does, puts the request id on the
 * response as proxy.ts does, and holds admitted responses open until the test lets them go.
 */
const held: http.ServerResponse[] = [];
const refusals: (Refusal | null)[] = [];
const server = http.createServer((request, response) => {
  const id = String(request.headers[REQUEST_ID_HEADER]);
  response.setHeader(REQUEST_ID_HEADER, id);
  const refusal = admitRequest(id, { isPrefetch: false });
  refusals.push(refusal);
  if (refusal) response.writeHead(503).end();
  else held.push(response);
});
let baseURL = '';

beforeAll(async () => {
  startResponseWatcher();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const send = (id: string, signal?: AbortSignal) =>
  fetch(baseURL, { headers: { [REQUEST_ID_HEADER]: id }, signal }).then(
    (response) => response.status,
    () => 0, // aborted
  );

describe('admission until the response closes', () => {
  it('refuses the request after maxInFlight open ones, and admits again once they are answered or dropped', async () => {
    const limit = AVAILABILITY_POLICY.maxInFlight;
    const dropped = new AbortController();
    const open = Array.from({ length: limit }, (_, index) =>
      send(`open-${index}`, index === 0 ? dropped.signal : undefined),
    );
    await vi.waitFor(() => expect(held).toHaveLength(limit));

    expect(await send('one-too-many')).toBe(503);
    expect(refusals.at(-1)).toEqual({ reason: 'OVERLOADED', retryAfterSeconds: 1 });

    // A client that gives up frees its place as well as one that is answered.
    dropped.abort();
    await vi.waitFor(() => expect(held[0]?.closed).toBe(true));
    const admitted = send('admitted-after-drop');
    await vi.waitFor(() => expect(held).toHaveLength(limit + 1));

    for (const response of held.splice(0)) if (!response.closed) response.end();
    expect(await Promise.all(open)).toEqual([0, ...Array.from({ length: limit - 1 }, () => 200)]);
    expect(await admitted).toBe(200);
    const next = send('after-the-burst');
    await vi.waitFor(() => expect(held).toHaveLength(1));
    held.splice(0).forEach((response) => response.end());
    expect(await next).toBe(200);
  });
});
