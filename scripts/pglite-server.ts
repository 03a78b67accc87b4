/**
 * Serves one PGlite database over PostgreSQL's wire protocol to several connections, for
 * scripts/with-database.ts. PGlite is a single PostgreSQL session: its unnamed prepared statement,
 * its portal and its open transaction belong to whoever sent the last message. The socket server
 * PGlite ships (@electric-sql/pglite-socket 0.2.17, the newest) takes turns message by message
 * and keeps a connection's turn only while a transaction is open, so two connections' extended
 * queries interleave (Parse A, Parse B, Bind A...): one query's parameters are bound to the other's
 * statement, which failed the course page with `invalid input syntax for type timestamp:
 * "SCHEDULED"` and can as well return the other query's rows (electric-sql/pglite#1046). Here a
 * connection keeps the session from its first message until PGlite answers ReadyForQuery outside
 * a transaction: a whole query, or a whole transaction, runs before another connection's.
 */
import { createServer, type Socket } from 'node:net';
import type { PGlite } from '@electric-sql/pglite';

// Message codes of the protocol (PostgreSQL's protocol-message-formats).
const SSL_REQUEST = 80877103;
const GSS_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;
const READY_FOR_QUERY = 0x5a; // 'Z'
const TERMINATE = 0x58; // 'X'
const IDLE = 0x49; // 'I': ReadyForQuery's status outside a transaction

/**
 * The first complete message at the front of `buffer`, or null while it is still arriving. A
 * connection's first messages (the startup packet, an SSL request) have no type byte.
 */
export function frontMessage(buffer: Buffer, started: boolean): Buffer | null {
  const lengthAt = started ? 1 : 0;
  if (buffer.length < lengthAt + 4) return null;
  const size = lengthAt + buffer.readInt32BE(lengthAt);
  return buffer.length >= size ? buffer.subarray(0, size) : null;
}

/** Whether a backend reply ends an exchange outside a transaction: its last ReadyForQuery says idle. */
export function endsIdle(reply: Buffer): boolean {
  let idle = false;
  for (let at = 0; at + 5 <= reply.length; at += 1 + reply.readInt32BE(at + 1))
    if (reply[at] === READY_FOR_QUERY) idle = reply[at + 5] === IDLE;
  return idle;
}

/** The session in turns: one connection holds it, the others wait in arrival order. */
class Turns {
  private holder: object | null = null;
  private readonly waiting: { connection: object; start: () => void }[] = [];

  get waitingCount(): number {
    return this.waiting.length;
  }

  take(connection: object): Promise<void> {
    if (this.holder === null) this.holder = connection;
    if (this.holder === connection) return Promise.resolve();
    return new Promise((start) => this.waiting.push({ connection, start }));
  }

  release(connection: object): void {
    if (this.holder !== connection) return;
    const next = this.waiting.shift();
    this.holder = next?.connection ?? null;
    next?.start();
  }

  holds(connection: object): boolean {
    return this.holder === connection;
  }
}

export type PgliteServer = {
  port: number;
  /** Messages waiting for another connection's query or transaction to end (for tests). */
  waitingCount: () => number;
  stop: () => Promise<void>;
};

export async function startPgliteServer(db: PGlite, host: string): Promise<PgliteServer> {
  const turns = new Turns();
  const sockets = new Set<Socket>();

  function serve(socket: Socket): void {
    sockets.add(socket);
    socket.setNoDelay(true);
    const connection = {};
    let buffer = Buffer.alloc(0);
    // Until the startup packet, messages have no type byte.
    let started = false;
    let closed = false;
    // One message at a time per connection, in the order they arrived.
    let queue = Promise.resolve();

    const run = async (message: Buffer, untyped: boolean) => {
      if (closed) return;
      if (untyped && isBeforeStartup(message)) {
        if (message.readInt32BE(4) === CANCEL_REQUEST) socket.destroy();
        else socket.write('N');
        return;
      }
      if (!untyped && message[0] === TERMINATE) return void socket.end();
      await turns.take(connection);
      if (closed) return turns.release(connection);
      const chunks: Uint8Array[] = [];
      await db.runExclusive(() =>
        db.execProtocolRawStream(new Uint8Array(message), {
          onRawData: (chunk) => {
            chunks.push(chunk);
            if (!socket.destroyed) socket.write(chunk);
          },
        }),
      );
      if (endsIdle(Buffer.concat(chunks))) turns.release(connection);
    };

    // A connection that goes away in the middle of its transaction must not keep it open for the next.
    const close = async () => {
      closed = true;
      sockets.delete(socket);
      if (!turns.holds(connection)) return;
      try {
        if (db.isInTransaction()) await db.exec('ROLLBACK');
      } finally {
        turns.release(connection);
      }
    };

    socket.on('data', (data) => {
      buffer = Buffer.concat([buffer, data]);
      for (let message = frontMessage(buffer, started); message; message = frontMessage(buffer, started)) {
        const taken = Buffer.from(message);
        const untyped = !started;
        buffer = buffer.subarray(message.length);
        if (untyped && !isBeforeStartup(taken)) started = true;
        queue = queue.then(() => run(taken, untyped)).catch(() => void socket.destroy());
      }
    });
    socket.on('error', () => socket.destroy());
    socket.on('close', () => {
      queue = queue
        .then(close)
        .catch((error: Error) =>
          console.error('[embedded database] A closed connection left an error:', error.message),
        );
    });
  }

  const server = createServer(serve);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, resolve);
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The embedded database has no port.');
  return {
    port: address.port,
    waitingCount: () => turns.waitingCount,
    stop: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** An SSL, GSSAPI or cancel request: what a client may send before its startup packet. */
function isBeforeStartup(message: Buffer): boolean {
  const code = message.readInt32BE(4);
  return code === SSL_REQUEST || code === GSS_REQUEST || code === CANCEL_REQUEST;
}
