// /moderate proposals, approve and reject: reviewing the motions students proposed in this server.
import { reply } from '../../src/discord/reply.js';
import { renderProposalList, renderReviewProblem } from '../../src/views/discord/debate-messages.js';
import { escapeUserText } from '../../src/views/discord/user-text.js';
import type { ModerateHandler } from './job.js';

export const listProposals: ModerateHandler = async ({ interaction, debates, guildId }) => {
  await reply(interaction, renderProposalList(debates.pendingProposals(guildId), 'Proposals waiting for review', 'No proposal is waiting for review.', { showAuthor: true }));
  return { outcome: 'ok' };
};

export const approve: ModerateHandler = async ({ interaction, debates, guildId, moderatorId, refuse, tell }) => {
  const id = interaction.options.getInteger('proposal', true);
  const outcome = debates.approveProposal(guildId, id, moderatorId);
  if (outcome.kind === 'not-found') return refuse(`There is no proposal #${id} in this server.`);
  if (outcome.kind === 'already-reviewed') return refuse(`Proposal #${id} was already ${outcome.proposal.status}.`);
  if (outcome.kind !== 'approved') return refuse('That proposal could not be approved.');
  return tell(`Approved proposal #${id}. It is now a motion of this server: open it with \`/moderate open\` (it is listed as “${escapeUserText(outcome.motion.motion)}”).`);
};

export const reject: ModerateHandler = async ({ interaction, debates, guildId, moderatorId, refuse, tell }) => {
  const id = interaction.options.getInteger('proposal', true);
  const outcome = debates.rejectProposal(guildId, id, moderatorId, interaction.options.getString('reason', true));
  if (outcome.kind === 'invalid') return refuse(renderReviewProblem(outcome.problem));
  if (outcome.kind === 'not-found') return refuse(`There is no proposal #${id} in this server.`);
  if (outcome.kind === 'already-reviewed') return refuse(`Proposal #${id} was already ${outcome.proposal.status}.`);
  return tell(`Rejected proposal #${id}. The student sees your reason with \`/debate proposals\`.`);
};
