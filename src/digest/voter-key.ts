// One vote per student per answer, without storing who voted. A vote is stored under
// HMAC-SHA256(secret, "<question id>:<user id>"): the same student on the same answer gets the same
// key (so a second click changes the vote instead of adding one), while the key cannot be turned
// back into the user id. The secret is random per process and never written anywhere: with the
// database file alone, even hashing every member's id of the server (the attack a plain hash would
// allow, snowflakes being few and known) finds no match. The price: after a restart, a student
// clicking an old answer again counts as a new vote rather than a change — rare, since private
// answers expire and a vote is one click.
import { createHmac, randomBytes } from 'node:crypto';

export type VoterKeys = (questionId: number, userId: string) => string;

export function createVoterKeys(secret: Buffer = randomBytes(32)): VoterKeys {
  return (questionId, userId) => createHmac('sha256', secret).update(`${questionId}:${userId}`).digest('hex').slice(0, 32);
}
