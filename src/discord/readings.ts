// Which reading a command acts on: the one the user named (`reading:`), else the one the place
// implies (a debate thread: the debate's reading), else the server's current reading
// (`/moderate settings reading:`), else the first reading. In a DM there is no server, so
// it is the first reading, and with more than one reading the reply says so.
import type { AutocompleteInteraction, ChatInputCommandInteraction } from 'discord.js';
import { ALL_READINGS } from '../answers/answer-engine.js';
import { findReading } from '../corpus/load-corpus.js';
import { defaultReading, selectReading } from '../corpus/lookup.js';
import type { Reading } from '../corpus/types.js';
import { readingChoices } from '../views/discord/choices.js';
import type { ChoiceDraft } from '../views/discord/message-drafts.js';
import { escapeUserText } from '../views/discord/user-text.js';
import type { CommandContext } from './context.js';
import { suggest } from './reply.js';

export interface ChosenReading {
  /** A reading id, or ALL_READINGS (only where `all` is allowed: /ask). */
  readonly id: string;
  /** A line for the reply when the choice may surprise (a DM with several readings). */
  readonly note?: string;
}

/** The server's current reading, when it is set and still in the corpus. */
export function currentReadingOf(ctx: CommandContext, guildId: string | null): Reading | undefined {
  if (guildId === null || ctx.debates === undefined) return undefined;
  try {
    const id = ctx.debates.getSettings(guildId).currentReading;
    return id === null ? undefined : findReading(ctx.corpus, id);
  } catch (err) {
    ctx.log.warn({ err, guild: guildId }, 'could not read the server\u2019s current reading; using the first');
    return undefined;
  }
}

/**
 * The reading a command uses, from what was typed (a reading id or `all`) and where it was typed;
 * `implied` is the reading the place implies when nothing is typed (a debate's, in its thread).
 */
export function chooseReading(ctx: CommandContext, guildId: string | null, named: string | null, allowAll: boolean, implied?: string): ChosenReading {
  if (named !== null && named.trim() !== '') {
    if (allowAll && named.trim().toLowerCase() === ALL_READINGS) return { id: ALL_READINGS };
    return { id: selectReading(ctx.corpus, named.trim()).id };
  }
  if (implied !== undefined && findReading(ctx.corpus, implied) !== undefined) return { id: implied };
  const current = currentReadingOf(ctx, guildId);
  if (current !== undefined) return { id: current.id };
  const first = defaultReading(ctx.corpus);
  if (guildId === null && ctx.corpus.readings.length > 1) {
    return { id: first.id, note: `-# No server here, so this is the first reading, *${escapeUserText(first.title)}*; choose another with \`reading:\`.` };
  }
  return { id: first.id };
}

/** chooseReading for a slash command's `reading` option. */
export function readingOption(interaction: ChatInputCommandInteraction | AutocompleteInteraction, ctx: CommandContext, allowAll = false, implied?: string): ChosenReading {
  let named: string | null = null;
  try {
    named = interaction.options.getString('reading');
  } catch {
    named = null; // a command deployed before it had the option
  }
  return chooseReading(ctx, interaction.guildId, named, allowAll, implied);
}

/** The reading itself (never `all`). */
export function readingById(ctx: CommandContext, id: string): Reading {
  return findReading(ctx.corpus, id) ?? defaultReading(ctx.corpus);
}

/**
 * Autocomplete of a command with a number (¶ or footnote) and a `reading` option: the readings
 * for `reading`, else the numbers of the reading chosen so far (an unknown typed reading previews
 * the default one).
 */
export async function suggestNumberInReading(
  interaction: AutocompleteInteraction,
  ctx: CommandContext,
  numberChoices: (reading: Reading, typed: string) => ChoiceDraft[],
  implied?: string,
): Promise<void> {
  const focused = interaction.options.getFocused(true);
  if (focused.name === 'reading') {
    await suggest(interaction, readingChoices(ctx.corpus, String(focused.value), false));
    return;
  }
  let id = '';
  try {
    id = readingOption(interaction, ctx, false, implied).id;
  } catch {
    id = ''; // an unknown typed reading previews the default
  }
  await suggest(interaction, numberChoices(readingById(ctx, id), String(focused.value)));
}
