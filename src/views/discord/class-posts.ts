// "Post to class" for replies that quote the essay privately (/passage, /footnote): the button on
// the private reply, and the public post it makes — the same message, credited to the student by
// display name (text, never a mention), with Delete in place of Post to class. Pure; works on any
// draft, so the passage and footnote views stay as they are.
import { LIMITS } from './limits.js';
import type { ButtonDraft, MessageDraft, MessagePart } from './message-drafts.js';
import { truncateMarkdown } from './text-cutting.js';
import { escapeUserText } from './user-text.js';

/** The buttons of a draft's last message (its own when it has no follow-ups), with `button` added. */
function withButtonOnLastMessage(draft: MessageDraft, button: ButtonDraft): MessageDraft {
  const add = (rows: readonly (readonly ButtonDraft[])[] | undefined): (readonly ButtonDraft[])[] => {
    const kept = (rows ?? []).filter((row) => row.length > 0);
    const last = kept.at(-1);
    if (last !== undefined && last.length < LIMITS.buttonsPerRow) return [...kept.slice(0, -1), [...last, button]];
    return [...kept, [button]];
  };
  const followUps = draft.followUps ?? [];
  if (followUps.length === 0) return { ...draft, buttons: add(draft.buttons) };
  const lastPart = followUps.at(-1) as MessagePart;
  return { ...draft, followUps: [...followUps.slice(0, -1), { ...lastPart, buttons: add(lastPart.buttons) }] };
}

/** A private reply with "Post to class" on its last message. */
export function offerPostToClass(draft: MessageDraft, postButtonId: string): MessageDraft {
  return withButtonOnLastMessage(draft, { customId: postButtonId, label: 'Post to class', tone: 'secondary' });
}

/** The reply as a public post: "Posted by **name**" above it, and Delete on its last message. */
export function asClassPost(draft: MessageDraft, postedBy: string, deleteButtonId: string): MessageDraft {
  const credit = `Posted by **${truncateMarkdown(escapeUserText(postedBy), 80)}**`;
  const post = withButtonOnLastMessage(draft, { customId: deleteButtonId, label: 'Delete', tone: 'danger' });
  return { ...post, content: credit, ephemeral: false };
}
