// The long connection (WSClient) side of the platform: hands out connection URLs from
// `/callback/ws/endpoint`, accepts the WebSocket, answers pings, pushes events as data frames (split into
// fragments when asked) and collects the SDK's echoed answers. Protocol as in the Node SDK's source:
// - endpoint answer `{code:0, data:{URL, ClientConfig:{PingInterval, ReconnectCount, ReconnectInterval,
//   ReconnectNonce}}}`; the SDK runs `qs.parse` over the whole URL, so the first query parameter gets the
//   path glued onto its name: ours is a `ticket` nobody parses, device_id and service_id come after it;
// - data frames carry headers type/message_id/sum/seq/trace_id; the SDK merges fragments by message_id and
//   answers with the last frame echoed, payload `{"code":200|500[,"data":base64(JSON(answer))]}`;
// - at most 50 connections per app (the long-connection page); the 51st gets the SDK's own
//   `exceed_conn_limit` code (1000040350), which it treats as final.
import { randomBytes } from 'node:crypto';
import type * as http from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { ok, text, type ApiReply } from './api';
import { decodeFrame, encodeFrame, header, METHOD_CONTROL, METHOD_DATA, type Frame } from './frames';

export const WS_PATH = '/callback/ws';
export const MAX_CONNECTIONS_PER_APP = 50;
/** Across all apps: a runaway script cannot exhaust the editor's sockets. */
const MAX_CONNECTIONS_TOTAL = 200;
const MAX_FRAME_BYTES = 4 * 1024 * 1024;
const TICKET_TTL_MS = 60_000;
/** Seconds, as the platform sends them. Reconnect quickly: the author restarts the preview often. */
const CLIENT_CONFIG = { PingInterval: 120, ReconnectCount: -1, ReconnectInterval: 10, ReconnectNonce: 0 };
export const EXCEED_CONN_LIMIT = 1000040350;

export interface BotConnection {
  id: number;
  appId: string;
  serviceId: number;
  socket: WebSocket;
}

/** What the SDK answered: `code` 200 or 500, `answer` the handler's result (absent when it returned nothing). */
export interface SocketAnswer {
  code: number;
  answer?: unknown;
  /** Set when the payload was not what the SDK sends. */
  malformed?: string;
}

interface Pending {
  resolve: (answer: SocketAnswer | undefined) => void;
  connection: BotConnection;
}

export interface LongConnectionEvents {
  changed(): void;
  log(line: string): void;
}

export class LongConnections {
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });
  private readonly tickets = new Map<string, { appId: string; expires: number; serviceId: number }>();
  private readonly connections = new Set<BotConnection>();
  private readonly pending = new Map<string, Pending>();
  private nextId = 1;
  private seq = 1;

  constructor(
    private readonly origin: () => string,
    private readonly events: LongConnectionEvents,
    private readonly now: () => number,
  ) {}

  /** POST /callback/ws/endpoint. The secret is checked for presence only and never kept. */
  endpoint(body: unknown): ApiReply {
    const record = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
    const appId = typeof record.AppID === 'string' ? record.AppID : '';
    if (!appId)
      return {
        status: 200,
        body: { code: 514, msg: 'AppID is required' },
        notes: [text('The endpoint request has no AppID.', '长连接端点请求缺少 AppID。')],
      };
    if (this.countFor(appId) >= MAX_CONNECTIONS_PER_APP)
      return {
        status: 200,
        body: { code: EXCEED_CONN_LIMIT, msg: 'exceed connection limit' },
        notes: [
          text(
            `App ${appId} already has ${MAX_CONNECTIONS_PER_APP} long connections, the most the platform allows per app.`,
            `应用 ${appId} 已有 ${MAX_CONNECTIONS_PER_APP} 个长连接，达到平台对每个应用的上限。`,
          ),
        ],
      };
    this.dropExpiredTickets();
    const ticket = randomBytes(16).toString('hex');
    const serviceId = 1 + (this.nextId % 1000);
    this.tickets.set(ticket, { appId, expires: this.now() + TICKET_TTL_MS, serviceId });
    const deviceId = randomBytes(8).toString('hex');
    const wsOrigin = this.origin().replace(/^http/, 'ws');
    const URL = `${wsOrigin}${WS_PATH}?ticket=${ticket}&device_id=${deviceId}&service_id=${serviceId}`;
    return ok({ URL, ClientConfig: CLIENT_CONFIG });
  }

  /** An upgrade request on the platform's port; anything but a fresh ticket is refused. */
  upgrade(req: http.IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const ticket = url.searchParams.get('ticket') ?? '';
    const issued = this.tickets.get(ticket);
    this.tickets.delete(ticket);
    const refuse = (status: number, why: string) => {
      this.events.log(`long connection refused: ${why}`);
      socket.end(`HTTP/1.1 ${status} ${status === 429 ? 'Too Many Requests' : 'Forbidden'}\r\n\r\n`);
    };
    if (url.pathname !== WS_PATH || !issued || issued.expires < this.now())
      return refuse(403, 'no valid ticket (get one from /callback/ws/endpoint)');
    if (this.countFor(issued.appId) >= MAX_CONNECTIONS_PER_APP)
      return refuse(429, `app ${issued.appId} already has ${MAX_CONNECTIONS_PER_APP} connections`);
    if (this.connections.size >= MAX_CONNECTIONS_TOTAL)
      return refuse(429, `${MAX_CONNECTIONS_TOTAL} connections are open`);
    this.wss.handleUpgrade(req, socket, head, (ws) => this.accept(ws, issued.appId, issued.serviceId));
  }

  private accept(socket: WebSocket, appId: string, serviceId: number): void {
    const connection: BotConnection = { id: this.nextId++, appId, serviceId, socket };
    this.connections.add(connection);
    this.events.log(`bot ${appId} connected over long connection #${connection.id}`);
    socket.on('message', (data, isBinary) => this.receive(connection, data as Buffer, isBinary));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      this.connections.delete(connection);
      for (const [key, p] of this.pending)
        if (p.connection === connection) {
          this.pending.delete(key);
          p.resolve(undefined);
        }
      this.events.log(`bot ${appId} long connection #${connection.id} closed`);
      this.events.changed();
    });
    this.events.changed();
  }

  private receive(connection: BotConnection, data: Buffer, isBinary: boolean): void {
    let frame: Frame;
    try {
      if (!isBinary) throw new Error('a text frame');
      frame = decodeFrame(data);
    } catch (error) {
      this.events.log(
        `long connection #${connection.id} (${connection.appId}) sent a frame that is not a pbbp2.Frame (${(error as Error).message}): connection closed`,
      );
      // Out of the pool at once: no click goes to a socket that is closing.
      this.connections.delete(connection);
      connection.socket.close(1007, 'invalid frame');
      this.events.changed();
      return;
    }
    if (frame.method === METHOD_CONTROL) {
      if (header(frame, 'type') === 'ping') this.send(connection, this.pong(frame));
      return;
    }
    if (frame.method !== METHOD_DATA) return;
    const messageId = header(frame, 'message_id') ?? '';
    const waiting = this.pending.get(messageId);
    if (!waiting) {
      this.events.log(`long connection #${connection.id} answered unknown message ${messageId.slice(0, 64)}`);
      return;
    }
    this.pending.delete(messageId);
    waiting.resolve(readAnswer(frame.payload));
  }

  private pong(ping: Frame): Frame {
    return {
      SeqID: 0,
      LogID: 0,
      service: ping.service,
      method: METHOD_CONTROL,
      headers: [{ key: 'type', value: 'pong' }],
      payload: Buffer.from(JSON.stringify(CLIENT_CONFIG)),
    };
  }

  private send(connection: BotConnection, frame: Frame): void {
    if (connection.socket.readyState === connection.socket.OPEN) connection.socket.send(encodeFrame(frame));
  }

  /** The connection an event goes to: one of the newest app's connections, as in cluster mode. */
  pick(): BotConnection | undefined {
    const all = [...this.connections].filter((c) => c.socket.readyState === c.socket.OPEN);
    if (all.length === 0) return undefined;
    const appId = all[all.length - 1].appId;
    const mine = all.filter((c) => c.appId === appId);
    return mine[Math.floor(Math.random() * mine.length)];
  }

  /**
   * Sends one event (a JSON body) as `sum` fragments of at most `fragmentBytes` bytes. Resolves with the
   * SDK's answer, or undefined when the connection closed first; `cancel` stops waiting.
   */
  deliver(
    connection: BotConnection,
    body: object,
    fragmentBytes?: number,
  ): { answer: Promise<SocketAnswer | undefined>; cancel: () => void } {
    const messageId = randomBytes(16).toString('hex');
    const traceId = randomBytes(8).toString('hex');
    const bytes = Buffer.from(JSON.stringify(body), 'utf8');
    const size = fragmentBytes && fragmentBytes > 0 ? Math.ceil(fragmentBytes) : bytes.length || 1;
    const parts: Buffer[] = [];
    for (let at = 0; at < bytes.length; at += size) parts.push(bytes.subarray(at, at + size));
    const answer = new Promise<SocketAnswer | undefined>((resolve) =>
      this.pending.set(messageId, { resolve, connection }),
    );
    parts.forEach((payload, seq) => {
      const id = this.seq++;
      this.send(connection, {
        SeqID: id,
        LogID: id,
        service: connection.serviceId,
        method: METHOD_DATA,
        headers: [
          { key: 'type', value: 'event' },
          { key: 'message_id', value: messageId },
          { key: 'sum', value: String(parts.length) },
          { key: 'seq', value: String(seq) },
          { key: 'trace_id', value: traceId },
        ],
        payload,
      });
    });
    return {
      answer,
      cancel: () => {
        const p = this.pending.get(messageId);
        this.pending.delete(messageId);
        p?.resolve(undefined);
      },
    };
  }

  bots(): { appId: string; connections: number }[] {
    const counts = new Map<string, number>();
    for (const c of this.connections) counts.set(c.appId, (counts.get(c.appId) ?? 0) + 1);
    return [...counts].map(([appId, connections]) => ({ appId, connections }));
  }

  private countFor(appId: string): number {
    let n = 0;
    for (const c of this.connections) if (c.appId === appId) n++;
    return n;
  }

  private dropExpiredTickets(): void {
    const now = this.now();
    for (const [ticket, t] of this.tickets) if (t.expires < now) this.tickets.delete(ticket);
    // A script asking for tickets in a loop cannot grow the map without bound.
    while (this.tickets.size > 1000) this.tickets.delete(this.tickets.keys().next().value as string);
  }

  close(): void {
    for (const p of this.pending.values()) p.resolve(undefined);
    this.pending.clear();
    for (const c of this.connections) c.socket.terminate();
    this.connections.clear();
    this.wss.close();
  }
}

function readAnswer(payload: Uint8Array | undefined): SocketAnswer {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(payload ?? []).toString('utf8'));
  } catch {
    return { code: 0, malformed: 'the answer frame payload is not JSON' };
  }
  const record = parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  const code = typeof record.code === 'number' ? record.code : 0;
  if (record.data === undefined) return { code };
  if (typeof record.data !== 'string') return { code, malformed: '`data` is not a base64 string' };
  try {
    return { code, answer: JSON.parse(Buffer.from(record.data, 'base64').toString('utf8')) };
  } catch {
    return { code, malformed: '`data` is not base64 of JSON' };
  }
}
