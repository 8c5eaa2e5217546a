// The long connection's frames still decode when the official SDK is loaded into the same process after the
// platform (a bot and the preview in one Node process): the SDK turns protobufjs' 64-bit support off when it
// loads, which used to make the first frame throw and every connection close.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeFrame, encodeFrame, header } from '../../../server/src/host/platform/frames';

test('frames decode after the SDK is loaded later in the same process', async () => {
  await import('@larksuiteoapi/node-sdk');
  const bytes = encodeFrame({
    SeqID: 7,
    LogID: 9,
    service: 1,
    method: 1,
    headers: [{ key: 'type', value: 'event' }],
    payload: Buffer.from('{}'),
  });
  const frame = decodeFrame(bytes);
  assert.equal(frame.SeqID, 7);
  assert.equal(frame.LogID, 9);
  assert.equal(header(frame, 'type'), 'event');
  assert.equal(Buffer.from(frame.payload ?? []).toString(), '{}');
});
