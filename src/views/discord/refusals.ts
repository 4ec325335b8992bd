// The refusals the debate commands share, worded once: outside a server, outside a debate's
// thread, not a moderator, no database, a closed or paused debate. Pure text; the commands send
// them privately through the reply helper.
import type { Debate } from '../../debate/types.js';

export const NOT_IN_A_SERVER = 'Debates happen in a server’s debate threads, not in direct messages. Use `/debate` inside the debate’s thread.';
export const DEBATES_UNAVAILABLE = 'Debates are not available on this bot right now (its database is not set up). Tell your teacher.';
export const NOT_A_MODERATOR = 'Only moderators can do that: members with **Manage Threads**, or with the server’s moderator role (see `/moderate settings`).';
export const DEBATE_CLOSED = 'This debate is closed. Its summary is the last message in the thread.';
export const DEBATE_PAUSED = 'The debate is paused; wait for the moderator to resume it.';
export const UNKNOWN_SUBCOMMAND = 'I do not know that subcommand. Ask your teacher to deploy the commands again.';

/**
 * Said when a debate command is used outside a debate thread: where this server's live debates
 * are. In a thread whose debate's records a moderator deleted, it says that instead.
 */
export function notInDebateThread(liveDebates: readonly Pick<Debate, 'threadId'>[], options: { readonly recordsDeleted?: boolean } = {}): string {
  const live = liveDebates.slice(0, 5);
  const where = live.length === 0 ? 'No debate is open in this server right now.' : `Open debates: ${live.map((d) => `<#${d.threadId}>`).join(', ')}.`;
  if (options.recordsDeleted === true) {
    return `This thread’s debate records were deleted by a moderator (\`/moderate delete-server-data\`), so there is no debate here any more. ${where}`;
  }
  return `This command works inside a debate’s thread. ${where}`;
}
