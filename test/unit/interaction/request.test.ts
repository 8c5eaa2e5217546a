import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createIdentity } from '../../../server/src/card/interaction/identity';
import { buildRequest } from '../../../server/src/card/interaction/request';
import { IDENTITY, NOW, seededRandom } from './helpers';

test('the request body has the callback 2.0 envelope with the session identity', () => {
  const request = buildRequest({ tag: 'button', value: { a: 1 } }, IDENTITY, {
    now: () => NOW,
    random: seededRandom(3),
  });
  assert.equal(request.schema, '2.0');
  assert.deepEqual(Object.keys(request.header), [
    'event_id',
    'token',
    'create_time',
    'event_type',
    'tenant_key',
    'app_id',
  ]);
  assert.match(request.header.event_id, /^[0-9a-f]{32}$/);
  assert.equal(request.header.token, 'vtoken');
  assert.equal(request.header.create_time, String(NOW * 1000));
  assert.equal(request.header.event_type, 'card.action.trigger');
  assert.equal(request.header.tenant_key, IDENTITY.tenantKey);
  assert.equal(request.header.app_id, IDENTITY.appId);
  assert.deepEqual(request.event.operator, {
    open_id: IDENTITY.openId,
    union_id: IDENTITY.unionId,
    user_id: IDENTITY.userId,
    tenant_key: IDENTITY.tenantKey,
  });
  assert.match(request.event.token, /^c-[0-9a-f]{40}$/);
  assert.deepEqual(request.event.action, { tag: 'button', value: { a: 1 } });
  assert.equal(request.event.host, 'im_message');
  assert.deepEqual(request.event.context, {
    open_message_id: IDENTITY.openMessageId,
    open_chat_id: IDENTITY.openChatId,
  });
});

test('fake ids are well-formed, stable in a session, and new per event', () => {
  const identity = createIdentity({}, seededRandom(11));
  assert.match(identity.openId, /^ou_[0-9a-f]{32}$/);
  assert.match(identity.unionId, /^on_[0-9a-f]{32}$/);
  assert.match(identity.userId, /^[0-9a-f]{8}$/);
  assert.match(identity.tenantKey, /^[0-9a-f]{16}$/);
  assert.match(identity.appId, /^cli_[0-9a-f]{16}$/);
  assert.match(identity.openMessageId, /^om_[0-9a-f]{32}$/);
  assert.match(identity.openChatId, /^oc_[0-9a-f]{32}$/);
  assert.match(identity.verificationToken, /^[A-Za-z0-9]{32}$/);
  const clock = { now: () => NOW, random: seededRandom(5) };
  const a = buildRequest({ tag: 'button' }, identity, clock);
  const b = buildRequest({ tag: 'button' }, identity, clock);
  assert.notEqual(a.header.event_id, b.header.event_id);
  assert.notEqual(a.event.token, b.event.token);
  assert.equal(a.event.operator.open_id, b.event.operator.open_id);
  assert.equal(a.event.context.open_message_id, b.event.context.open_message_id);
});

test('settings override ids; blank or non-string overrides are ignored', () => {
  const identity = createIdentity({ openId: 'ou_mine', appId: '  ', tenantKey: 42 }, seededRandom(2));
  assert.equal(identity.openId, 'ou_mine');
  assert.match(identity.appId, /^cli_/);
  assert.match(identity.tenantKey, /^[0-9a-f]{16}$/);
});
