import { describe, expect, it } from 'vitest';
import { checkRequestBody } from './fake-discord/openapi-check.js';

describe("the fake Discord's OpenAPI check", () => {
  it('accepts a reply with content, flags and allowed mentions', () => {
    const body = { type: 4, data: { content: 'Hello', flags: 64, allowed_mentions: { parse: [] } } };
    expect(checkRequestBody('POST', '/interactions/1/abc/callback', body)).toBeUndefined();
  });

  it('refuses a reply whose content is not a string, naming the route', () => {
    const violation = checkRequestBody('POST', '/interactions/1/abc/callback', { type: 4, data: { content: 42 } });
    expect(violation?.route).toBe('/interactions/{interaction_id}/{interaction_token}/callback');
    expect(violation?.errors.length).toBeGreaterThan(0);
  });

  it('refuses allowed mentions that parse something unknown', () => {
    const violation = checkRequestBody('POST', '/channels/1/messages', { content: 'hi', allowed_mentions: { parse: ['nobody'] } });
    expect(violation?.route).toBe('/channels/{channel_id}/messages');
  });

  it('prefers the literal @original route to a {message_id} parameter', () => {
    const violation = checkRequestBody('PATCH', '/webhooks/1/abc/messages/@original', { content: 7 });
    expect(violation?.route).toBe('/webhooks/{webhook_id}/{webhook_token}/messages/@original');
  });

  it('accepts default_member_permissions as a string of digits, as discord.js sends it', () => {
    const command = { name: 'moderate', description: 'Run debates', default_member_permissions: '8192', type: 1 };
    expect(checkRequestBody('PUT', '/applications/1/commands', [command])).toBeUndefined();
  });

  it('ignores routes with no JSON body in the spec and bodiless requests', () => {
    expect(checkRequestBody('GET', '/gateway/bot', undefined)).toBeUndefined();
    expect(checkRequestBody('POST', '/channels/1/typing', {})).toBeUndefined();
  });
});
