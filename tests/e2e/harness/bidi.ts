/**
 * A minimal WebDriver BiDi client over the WebSocket that Firefox opens with
 * `--remote-debugging-port`. Node 22+ has a global WebSocket; on Node 20 the runner adds
 * `--experimental-websocket`, so the harness needs no extra dependency.
 */

type Json = Record<string, unknown>;
type EventListener = (params: Json) => void;

interface Pending {
  resolve: (value: Json) => void;
  reject: (error: Error) => void;
  method: string;
}

/** One BiDi connection: commands resolve with their result, events go to subscribers. */
export class BidiClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Map<string, Set<EventListener>>();
  private closed = false;

  private constructor(private readonly socket: WebSocket) {
    socket.addEventListener('message', (event) => this.onMessage(String(event.data)));
    socket.addEventListener('close', () => this.failAll('The BiDi connection closed'));
  }

  /** Opens the WebSocket to `ws://host:port/session`. */
  static async connect(url: string): Promise<BidiClient> {
    if (typeof WebSocket === 'undefined') {
      throw new Error(
        'No global WebSocket: run Node with --experimental-websocket (tests/e2e/run.mjs does).',
      );
    }
    const socket = new WebSocket(url);
    await new Promise<void>((resolve, reject) => {
      socket.addEventListener('open', () => resolve(), { once: true });
      socket.addEventListener('error', () => reject(new Error(`Cannot connect to ${url}`)), { once: true });
    });
    return new BidiClient(socket);
  }

  /** Sends a command and resolves with its result, or rejects with the browser's error. */
  send<T = Json>(method: string, params: Json = {}): Promise<T> {
    if (this.closed) return Promise.reject(new Error(`BiDi connection closed (sending ${method})`));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: Json) => void, reject, method });
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  /** Listens to one event name (the caller still subscribes with session.subscribe). */
  on(event: string, listener: EventListener): () => void {
    const set = this.listeners.get(event) ?? new Set<EventListener>();
    set.add(listener);
    this.listeners.set(event, set);
    return () => set.delete(listener);
  }

  /** Closes the socket; pending commands fail instead of hanging. */
  close(): void {
    if (this.closed) return;
    this.socket.close();
    this.failAll('The BiDi connection was closed by the harness');
  }

  private onMessage(raw: string): void {
    const message = JSON.parse(raw) as Json;
    if (typeof message.id === 'number') {
      const pending = this.pending.get(message.id);
      if (!pending) return;
      this.pending.delete(message.id);
      if (message.type === 'error') {
        pending.reject(new BidiError(pending.method, String(message.error), String(message.message)));
      } else {
        pending.resolve((message.result ?? {}) as Json);
      }
      return;
    }
    if (message.type === 'event' && typeof message.method === 'string') {
      for (const listener of this.listeners.get(message.method) ?? []) listener(message.params as Json);
    }
  }

  private failAll(reason: string): void {
    this.closed = true;
    for (const pending of this.pending.values()) pending.reject(new Error(`${reason} (${pending.method})`));
    this.pending.clear();
  }
}

/** A BiDi error response, keeping the error code (e.g. `unknown error`, `no such frame`). */
export class BidiError extends Error {
  constructor(
    readonly method: string,
    readonly code: string,
    detail: string,
  ) {
    super(`${method} failed: ${code}: ${detail}`);
  }
}
