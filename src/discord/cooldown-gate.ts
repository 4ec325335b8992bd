// The one way a handler spends a cooldown: take a use of the action for this student (and their
// server), or tell them privately whose limit it was and when to try again.
import type { RepliableInteraction } from 'discord.js';
import type { CommandContext } from './context.js';
import { cooldownNotice, type CooldownAction } from './cooldowns.js';
import { replyPrivately } from './reply.js';

/** Takes one use of `action` for the user, or tells them to wait; true when they may go on. */
export async function takeCooldown(interaction: RepliableInteraction, ctx: Pick<CommandContext, 'cooldowns'>, action: CooldownAction): Promise<boolean> {
  const verdict = ctx.cooldowns.take(action, { userId: interaction.user.id, guildId: interaction.guildId });
  if (verdict.allowed) return true;
  await replyPrivately(interaction, cooldownNotice(action, verdict));
  return false;
}
