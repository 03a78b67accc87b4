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

/** Walks the frontend messages in a stream: the first is the untyped startup message. */
function messageReader(onStatement: () => void): (chunk: Buffer) => void {
  let pending = Buffer.alloc(0);
  let started = false;
  let isProbe = false;
  return (chunk) => {
    pending = Buffer.concat([pending, chunk]);
    for (;;) {
      const headerLength = started ? 5 : 4;
      if (pending.length < headerLength) return;
      const length = started ? pending.readInt32BE(1) + 1 : pending.readInt32BE(0);
      if (pending.length < length) return;
      if (!started) {
        // An SSLRequest (code 80877103) comes before the real startup message; after the 'N' answer
        // the client sends the startup message, still untyped.
        started = pending.readInt32BE(4) !== 80877103;
      } else if (pending[0] === 0x50) isProbe = parsedText(pending.subarray(0, length)) === PROBE;
      else if (pending[0] === 0x45 && !isProbe) onStatement();
      else if (pending[0] === 0x51 && pending.toString('utf8', 5, length - 1).trim() !== PROBE) onStatement();
      pending = pending.subarray(length);
    }
  };
}

export async function startSqlCounter(databaseUrl: string): Promise<SqlCounter> {
  const target = new URL(databaseUrl);
  let statements = 0;
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    const read = messageReader(() => (statements += 1));
    client.on('data', (chunk) => {
      read(chunk);
      upstream.write(chunk);
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
