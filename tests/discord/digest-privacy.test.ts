// What the teacher's digest writes to the log at the default level: one line per interaction,
// naming no student and quoting no question, vote reason or teacher post.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { button, startBotHarness, type BotHarness } from './bot-harness.js';

let h: BotHarness;
beforeAll(async () => {
  h = await startBotHarness({ logLevel: 'info', fake: { guilds: [{ name: 'Class', channels: ['general', 'teachers'] }] } });
});
afterAll(async () => {
  await h?.stop();
});

describe('the digest in the log', () => {
  it('never logs a question, a reason or who asked, voted or wrote to the teacher', async () => {
    const teacher = h.discord.users.teacher;
    const student = h.discord.users.student(1);
    const teachers = h.discord.guild.channels['teachers']!;
    await h.discord.sendCommand({ name: 'moderate', subcommand: 'settings', user: teacher, options: { 'keep-questions': true, 'teacher-channel': teachers } }).waitForReply();
    const QUESTION = 'What is the best recipe for banana bread?';
    const REASON = 'Secret reason nobody should log';
    const answer = structuredClone(await h.discord.sendCommand({ name: 'ask', options: { question: QUESTION }, user: student }).waitForReply());
    const vote = h.discord.clickButton({ message: answer, customId: button(answer, 'Not helpful'), user: student });
    await vote.waitForCallback();
    await h.discord.submitModal({ interaction: vote, values: { reason: REASON } }).waitForReply();
    const offer = structuredClone(await h.discord.clickButton({ message: answer, customId: button(answer, 'Ask the teacher'), user: student }).waitForReply());
    await h.discord.clickButton({ message: offer, customId: button(offer, 'Send with my name'), user: student }).waitForReply({ until: (m) => m.edits > offer.edits });
    await h.discord.sendCommand({ name: 'moderate', subcommand: 'digest', user: teacher }).waitForReply();
    await h.discord.waitForMessage(teachers);

    const lines = h.logs.filter((line) => line.msg === 'interaction');
    expect(lines.map((line) => line['command'])).toEqual(expect.arrayContaining(['ask', 'ask:button', 'ask:form', 'moderate']));
    const logged = JSON.stringify(h.logs);
    for (const secret of [QUESTION, 'banana', REASON, student.id, 'Student 1']) expect(logged).not.toContain(secret);
  });
});
