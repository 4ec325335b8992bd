// "Post to class" on a private /passage or /footnote reply: posts the same essay text publicly in
// the channel, credited to the student, with Delete. It quotes the essay into the channel as a
// debate citation does, so it shares the citation cooldown.
import type { ButtonInteraction } from 'discord.js';
import type { Reading } from '../corpus/types.js';
import { asClassPost } from '../views/discord/class-posts.js';
import { askButtonId, readingFromToken, type ClassPostButton } from '../views/discord/custom-ids.js';
import type { MessageDraft } from '../views/discord/message-drafts.js';
import type { HandlerReport } from './command.js';
import type { CommandContext } from './context.js';
import { takeCooldown } from './cooldown-gate.js';
import { displayNameOf } from './members.js';
import { deferAnswer, reply, replyPrivately } from './reply.js';

export const READING_GONE = 'That reading is no longer on the bot, so this cannot be posted. Please run the command again.';
export const NO_CLASS_IN_DMS = 'There is no class in a direct message: use the command in your class’s server to post it.';

export async function postToClass(
  interaction: ButtonInteraction,
  ctx: CommandContext,
  button: ClassPostButton,
  render: (reading: Reading) => MessageDraft,
): Promise<HandlerReport> {
  const reading = readingFromToken(ctx.corpus, button.reading);
  if (reading === undefined) {
    await replyPrivately(interaction, READING_GONE);
    return { outcome: 'expired' };
  }
  if (!interaction.inGuild()) {
    await replyPrivately(interaction, NO_CLASS_IN_DMS);
    return { outcome: 'refused' };
  }
  if (!(await takeCooldown(interaction, ctx, 'cite'))) return { outcome: 'cooldown' };
  // Rendered before acknowledging: a number no longer in the reading is a private refusal, not an empty public post.
  const draft = render(reading);
  await deferAnswer(interaction, { ephemeral: false });
  await reply(interaction, asClassPost(draft, displayNameOf(interaction), askButtonId({ action: 'delete', ownerId: interaction.user.id })));
  return { outcome: 'ok', results: 1 };
}
