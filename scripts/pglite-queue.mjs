// pglite-socket (0.2.x) queues PostgreSQL protocol messages one by one from every connection and
// only keeps a connection's messages together inside a transaction. Outside one, the Parse / Bind /
// Execute / Sync messages of two concurrent extended-protocol queries (Prisma's pg pool and
// postgres.js both use them) interleave in PGlite's single session and fail ("bind message
// supplies 3 parameters, but prepared statement "" requires 1"). This keeps each connection's
// sequence together until its Sync, as a real server's separate sessions would.

const SYNC = 0x53; // 'S'
const SIMPLE_QUERY = 0x51; // 'Q'
const TERMINATE = 0x58; // 'X'
const EXTENDED = new Set([0x50, 0x42, 0x44, 0x45, 0x43, 0x48]); // Parse Bind Describe Execute Close Flush

/** @param {import("@electric-sql/pglite-socket").PGLiteSocketServer} server */
export function keepExtendedQueriesTogether(server) {
  const queue = /** @type {any} */ (server).queryQueue;
  if (!queue || typeof queue.processQueue !== "function") throw new Error("pglite-socket internals changed");
  let holder = null; // the connection in the middle of an extended-protocol sequence

  queue.processQueue = async function processQueue() {
    if (this.processing || this.queue.length === 0) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        const owner = holder ?? (this.db.isInTransaction() ? this.lastHandlerId : null);
        let item;
        if (owner !== null && owner !== undefined) {
          const i = this.queue.findIndex((q) => q.handlerId === owner);
          if (i === -1) break; // wait for the owner's next message; its arrival restarts the loop
          item = this.queue.splice(i, 1)[0];
        } else item = this.queue.shift();

        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(item.message, {
              onRawData: (data) => {
                bytes += data.length;
                item.onData(data);
              },
            }),
          );
        } catch (error) {
          holder = null;
          item.reject(error);
          continue;
        }
        const type = item.message[0];
        if (type === SYNC || type === SIMPLE_QUERY || type === TERMINATE) holder = null;
        else if (EXTENDED.has(type)) holder = item.handlerId;
        this.lastHandlerId = item.handlerId;
        item.resolve(bytes);
      }
    } finally {
      this.processing = false;
    }
  };

  const clear = queue.clearQueueForHandler.bind(queue);
  queue.clearQueueForHandler = (handlerId) => {
    clear(handlerId);
    if (holder === handlerId) {
      holder = null;
      void queue.processQueue();
    }
  };
}
