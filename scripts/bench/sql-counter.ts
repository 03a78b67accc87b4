/**
 * Counts the SQL statements the app sends, on PostgreSQL and on the embedded database alike: a
 * TCP relay between the server and the database that reads the client's side of the wire protocol
 * and counts each simple Query ('Q') and each Execute ('E') of the extended protocol (BEGIN and
 * COMMIT included: they are round trips too). The
 * connection must not be encrypted (the bench asks for sslmode=disable), or nothing can be read.
 */
import net from 'node:net';

export type SqlCounter = { url: string; count: () => number; reset: () => void; close: () => Promise<void> };

/** lib/server/database-probe.ts's query, sent every 2 s whatever the pages do: not counted. */
const PROBE = 'SELECT 1';

/** The SQL text of a Parse message: after the type, the length and the statement's name. */
function parsedText(message: Buffer): string {
  const nameEnd = message.indexOf(0, 5);
  return message.toString('utf8', nameEnd + 1, message.indexOf(0, nameEnd + 1)).trim();
}

/** Parse, Bind, Describe, Execute, Close: the extended protocol's messages that wait for a Sync. */
const WAITS_FOR_SYNC = new Set([0x50, 0x42, 0x44, 0x45, 0x43]);

/**
 * Walks the frontend messages in a stream (the first is the untyped startup message), counts the
 * statements, and returns the bytes to pass on: whole messages, an extended-protocol group only
 * once its Sync has come. The embedded database's socket server takes turns between connections
 * by what arrives together; a group cut in two by the relay could interleave with another's.
 */
function messageReader(onStatement: () => void): (chunk: Buffer) => Buffer {
  let pending = Buffer.alloc(0);
  let held: Buffer[] = [];
  let started = false;
  let isProbe = false;
  return (chunk) => {
    pending = Buffer.concat([pending, chunk]);
    const ready: Buffer[] = [];
    for (;;) {
      const headerLength = started ? 5 : 4;
      if (pending.length < headerLength) break;
      const length = started ? pending.readInt32BE(1) + 1 : pending.readInt32BE(0);
      if (pending.length < length) break;
      const message = pending.subarray(0, length);
      pending = pending.subarray(length);
      if (!started) {
        // An SSLRequest (code 80877103) comes before the real startup message; after the 'N' answer
        // the client sends the startup message, still untyped.
        started = message.readInt32BE(4) !== 80877103;
        ready.push(message);
        continue;
      }
      const type = message[0] ?? 0;
      if (type === 0x50) isProbe = parsedText(message) === PROBE;
      else if (type === 0x45 && !isProbe) onStatement();
      else if (type === 0x51 && message.toString('utf8', 5, length - 1).trim() !== PROBE) onStatement();
      held.push(message);
      if (!WAITS_FOR_SYNC.has(type)) {
        ready.push(...held);
        held = [];
      }
    }
    return Buffer.concat(ready);
  };
}

export async function startSqlCounter(databaseUrl: string): Promise<SqlCounter> {
  const target = new URL(databaseUrl);
  let statements = 0;
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    const read = messageReader(() => (statements += 1));
    client.on('data', (chunk) => {
      const ready = read(chunk);
      if (ready.length > 0) upstream.write(ready);
    });
    upstream.pipe(client);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  const url = new URL(databaseUrl);
  url.hostname = '127.0.0.1';
  url.port = String(port);
  url.searchParams.set('sslmode', 'disable');
  return {
    url: url.toString(),
    count: () => statements,
    reset: () => {
      statements = 0;
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.unref();
      }),
  };
}
