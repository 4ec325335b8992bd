// Post to class on a private reply, and the public post it makes, on hand-made drafts; and the
// custom ids of the new buttons (Post to class, Post to thread), never mistaken for others.
import { describe, expect, it } from 'vitest';
import { asClassPost, offerPostToClass } from '../../../src/views/discord/class-posts.js';
import {
  classPostButtonId,
  commandOfCustomId,
  parseClassPostButtonId,
  parsePassageButtonId,
  parseQuotePostButtonId,
  quotePostButtonId,
  readingToken,
} from '../../../src/views/discord/custom-ids.js';
import type { ButtonDraft, MessageDraft } from '../../../src/views/discord/message-drafts.js';

const nav = (label: string): ButtonDraft => ({ customId: `passage:r:${label.length}`, label, tone: 'secondary' });
const labels = (rows: MessageDraft['buttons']) => (rows ?? []).map((row) => row.map((b) => b.label));

describe('offerPostToClass', () => {
  it('adds Post to class to the row of buttons on the message', () => {
    const draft: MessageDraft = { embeds: [{ title: '¶1' }], buttons: [[nav('Previous'), nav('Next')]], ephemeral: true };
    expect(labels(offerPostToClass(draft, 'passage:post:r:1').buttons)).toEqual([['Previous', 'Next', 'Post to class']]);
  });

  it('starts a new row when the last is full', () => {
    const full = ['a', 'bb', 'ccc', 'dddd', 'eeeee'].map(nav);
    expect(labels(offerPostToClass({ buttons: [full], ephemeral: true }, 'footnote:post:r:1').buttons)).toEqual([
      ['a', 'bb', 'ccc', 'dddd', 'eeeee'],
      ['Post to class'],
    ]);
  });

  it('puts it on the last message of a reply in several messages, where the other buttons are', () => {
    const draft: MessageDraft = { embeds: [{ title: '¶1' }], ephemeral: true, followUps: [{ embeds: [{ title: '¶1 (continued, 2/2)' }], buttons: [[nav('Next')]] }] };
    const offered = offerPostToClass(draft, 'passage:post:r:1');
    expect(offered.buttons).toBeUndefined();
    expect(labels(offered.followUps?.[0]?.buttons)).toEqual([['Next', 'Post to class']]);
  });
});

describe('asClassPost', () => {
  it('makes the reply public, credited by escaped display name, with Delete', () => {
    const draft: MessageDraft = { embeds: [{ title: '¶1' }], buttons: [[nav('Previous')]], ephemeral: true };
    const post = asClassPost(draft, '@everyone *star*', 'ask:del:123456789012345678');
    expect(post.ephemeral).toBe(false);
    expect(post.content).toBe('Posted by **@\u200beveryone \\*star\\***');
    expect(labels(post.buttons)).toEqual([['Previous', 'Delete']]);
    expect(post.embeds).toEqual(draft.embeds);
  });
});

describe('the new custom ids', () => {
  it('round-trip, and belong to their command', () => {
    const token = readingToken('russo-japanese-relations');
    const passage = classPostButtonId({ command: 'passage', reading: token, number: 14 });
    expect(passage).toBe('passage:post:russo-japanese-relations:14');
    expect(parseClassPostButtonId(passage)).toEqual({ command: 'passage', reading: token, number: 14 });
    expect(parseClassPostButtonId(classPostButtonId({ command: 'footnote', reading: token, number: 2 }))).toEqual({ command: 'footnote', reading: token, number: 2 });
    expect(commandOfCustomId(passage)).toBe('passage');
    expect(quotePostButtonId('abc123')).toBe('quote:post:abc123');
    expect(parseQuotePostButtonId('quote:post:abc123')).toEqual({ key: 'abc123' });
  });

  it('are never taken for a passage’s Previous / Next, nor the other way round', () => {
    expect(parsePassageButtonId('passage:post:russo-japanese-relations:14')).toBeUndefined();
    expect(parseClassPostButtonId('passage:russo-japanese-relations:14')).toBeUndefined();
  });

  it('refuse garbled ids', () => {
    for (const id of ['passage:post:r', 'footnote:post::1', 'ask:post:r:1', 'passage:post:r:-1', 'quote:post:', 'quote:post:ABC', 'quote:post:a:b']) {
      expect(parseClassPostButtonId(id) ?? parseQuotePostButtonId(id)).toBeUndefined();
    }
  });
});
