import { connect, type Socket } from 'node:net';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { endsIdle, frontMessage, startPgliteServer, type PgliteServer } from './pglite-server';

type BackendMessage = { type: string; body: Buffer };

const cString = (text: string) => Buffer.from(`${text}\0`);
const int16 = (value: number) => Buffer.from([value >> 8, value & 0xff]);
function int32(value: number): Buffer {
  const buffer = Buffer.alloc(4);
  buffer.writeInt32BE(value);
  return buffer;
}
const message = (type: string, ...parts: Buffer[]) => {
  const body = Buffer.concat(parts);
  return Buffer.concat([Buffer.from(type), int32(body.length + 4), body]);
};

// The frontend messages of an extended query, as node-postgres sends them.
const parse = (sql: string) => message('P', cString(''), cString(sql), int16(0));
const bind = (...values: string[]) =>
  message(
    'B',
    cString(''),
    cString(''),
    int16(0),
    int16(values.length),
    ...values.flatMap((value) => [int32(Buffer.byteLength(value)), Buffer.from(value)]),
    int16(0),
  );
const execute = () => message('E', cString(''), int32(0));
const sync = () => message('S');
const flush = () => message('H');
const query = (sql: string) => message('Q', cString(sql));

/** A bare wire-protocol client: the test decides exactly when each message reaches the server. */
class WireClient {
  private received: BackendMessage[] = [];
  private buffer = Buffer.alloc(0);
  private constructor(private readonly socket: Socket) {
    socket.on('data', (data) => {
      this.buffer = Buffer.concat([this.buffer, data]);
      for (let next = frontMessage(this.buffer, true); next; next = frontMessage(this.buffer, true)) {
        this.received.push({ type: String.fromCharCode(next[0] ?? 0), body: Buffer.from(next.subarray(5)) });
        this.buffer = this.buffer.subarray(next.length);
      }
    });
  }

  static async open(port: number): Promise<WireClient> {
    const socket = connect(port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    const client = new WireClient(socket);
    const parameters = Buffer.concat([cString('user'), cString('postgres'), cString('database'), cString('postgres')]);
    const body = Buffer.concat([int32(196608), parameters, Buffer.from([0])]);
    socket.write(Buffer.concat([int32(body.length + 4), body]));
    await client.exchange();
    return client;
  }

  send(...messages: Buffer[]): void {
    this.socket.write(Buffer.concat(messages));
  }

  has(type: string): boolean {
    return this.received.some((received) => received.type === type);
  }

  /** Every message up to the next ReadyForQuery, which ends the exchange. */
  async exchange(): Promise<BackendMessage[]> {
    await vi.waitFor(() => expect(this.has('Z')).toBe(true), { timeout: 30_000, interval: 5 });
    const end = this.received.findIndex((received) => received.type === 'Z');
    const messages = this.received.slice(0, end + 1);
    this.received = this.received.slice(end + 1);
    return messages;
  }

  close(): void {
    this.socket.destroy();
  }
}

/** The text of each column of each DataRow, and each error's message. */
function outcome(messages: BackendMessage[]): { rows: string[][]; errors: string[] } {
  const rows = messages
    .filter((received) => received.type === 'D')
    .map(({ body }) => {
      const values: string[] = [];
      for (let at = 2, column = 0; column < body.readInt16BE(0); column += 1) {
        const length = body.readInt32BE(at);
        values.push(body.subarray(at + 4, at + 4 + length).toString());
        at += 4 + length;
      }
      return values;
    });
  const errors = messages
    .filter((received) => received.type === 'E')
    .map(({ body }) => {
      const fields = body.toString().split('\0');
      return fields.find((field) => field.startsWith('M'))?.slice(1) ?? '';
    });
  return { rows, errors };
}

describe('the embedded database server', () => {
  let db: PGlite;
  let server: PgliteServer;

  beforeAll(async () => {
    db = await PGlite.create();
    await db.exec('CREATE TABLE note (text text)');
    server = await startPgliteServer(db, '127.0.0.1');
    // Starting the WebAssembly database takes seconds, more on a busy machine.
  }, 120_000);

  afterAll(async () => {
    await server.stop();
    await db.close();
  });

  it('runs each connection’s extended query whole, so no query binds another’s statement', async () => {
    const [status, time] = [await WireClient.open(server.port), await WireClient.open(server.port)];
    status.send(parse('SELECT $1::text'), flush());
    await vi.waitFor(() => expect(status.has('1')).toBe(true), { interval: 5 });
    // The other connection parses its statement while the first has parsed but not yet bound its own.
    time.send(parse('SELECT $1::timestamp'), flush());
    await vi.waitFor(() => expect(time.has('1') || server.waitingCount() > 0).toBe(true), { interval: 5 });

    status.send(bind('SCHEDULED'), execute(), sync());
    expect(outcome(await status.exchange())).toEqual({ rows: [['SCHEDULED']], errors: [] });
    time.send(bind('2026-12-03 10:00'), execute(), sync());
    expect(outcome(await time.exchange())).toEqual({ rows: [['2026-12-03 10:00:00']], errors: [] });
    status.close();
    time.close();
  });

  it('keeps a transaction on its connection, and rolls it back when that connection goes away', async () => {
    const [writer, reader] = [await WireClient.open(server.port), await WireClient.open(server.port)];
    writer.send(query("BEGIN; INSERT INTO note VALUES ('draft')"));
    await writer.exchange();
    reader.send(query('SELECT count(*) FROM note'));
    await vi.waitFor(() => expect(server.waitingCount()).toBe(1), { interval: 5 });
    writer.close();
    expect(outcome(await reader.exchange())).toEqual({ rows: [['0']], errors: [] });
    reader.close();
  });
});

describe('endsIdle', () => {
  const ready = (status: string) => message('Z', Buffer.from(status));

  it('is true only when the reply’s last ReadyForQuery is outside a transaction', () => {
    expect(endsIdle(Buffer.concat([message('1'), ready('I')]))).toBe(true);
    expect(endsIdle(Buffer.concat([ready('I'), message('C', cString('BEGIN')), ready('T')]))).toBe(false);
    expect(endsIdle(ready('E'))).toBe(false);
    expect(endsIdle(message('1'))).toBe(false);
  });
});
