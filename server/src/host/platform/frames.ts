// The long connection's wire format: protobuf `pbbp2.Frame` (and its `Header`), encoded and decoded exactly
// as the official Node SDK does (@larksuiteoapi/node-sdk 1.74, lib/index.js `pbbp2`). The protocol is not in
// the docs; the field numbers and the required fields below follow the SDK's generated code.
import protobuf from 'protobufjs';

export interface FrameHeader {
  key: string;
  value: string;
}

export interface Frame {
  SeqID: number;
  LogID: number;
  service: number;
  /** 0 = control (ping/pong), 1 = data (events and their answers). */
  method: number;
  headers: FrameHeader[];
  payloadEncoding?: string;
  payloadType?: string;
  payload?: Uint8Array;
  LogIDNew?: string;
}

export const METHOD_CONTROL = 0;
export const METHOD_DATA = 1;

const Header = new protobuf.Type('Header')
  .add(new protobuf.Field('key', 1, 'string', 'required'))
  .add(new protobuf.Field('value', 2, 'string', 'required'));

const FrameType = new protobuf.Type('Frame')
  .add(new protobuf.Field('SeqID', 1, 'uint64', 'required'))
  .add(new protobuf.Field('LogID', 2, 'uint64', 'required'))
  .add(new protobuf.Field('service', 3, 'int32', 'required'))
  .add(new protobuf.Field('method', 4, 'int32', 'required'))
  .add(new protobuf.Field('headers', 5, 'Header', 'repeated'))
  .add(new protobuf.Field('payloadEncoding', 6, 'string'))
  .add(new protobuf.Field('payloadType', 7, 'string'))
  .add(new protobuf.Field('payload', 8, 'bytes'))
  .add(new protobuf.Field('LogIDNew', 9, 'string'));

// protobufjs is one shared instance per process, and the SDK, when loaded, switches its 64-bit support off
// (`util.Long = undefined; configure()`). A field built while Long was on but resolved lazily after that
// throws `Cannot read properties of undefined (reading 'fromNumber')` on the first frame, so every frame of
// a bot in the same process (the SDK loaded after this module) was refused. Resolving now, in whichever
// state, leaves nothing lazy that reads util.Long; decoding then works with and without it.
new protobuf.Root().define('pbbp2').add(Header).add(FrameType).root.resolveAll();

export function encodeFrame(frame: Frame): Uint8Array {
  return FrameType.encode(FrameType.fromObject(frame)).finish();
}

/** Throws on bytes that are not a Frame (missing required fields, truncated data). */
export function decodeFrame(bytes: Uint8Array): Frame {
  const message = FrameType.decode(bytes);
  const plain = FrameType.toObject(message, { longs: Number, bytes: Buffer, defaults: false }) as Frame;
  return { ...plain, SeqID: Number(plain.SeqID), LogID: Number(plain.LogID), headers: plain.headers ?? [] };
}

export function header(frame: Frame, key: string): string | undefined {
  return frame.headers.find((h) => h.key === key)?.value;
}
