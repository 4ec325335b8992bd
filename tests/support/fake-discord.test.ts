/**
 * Proves the fake Discord is real enough: the real discord.js v14 Client logs into it, gets
 * interactions, answers them every way the bot will, survives gateway closes, REST faults and
 * missing permissions, and shuts down leaving nothing open.
 */
import { once } from 'node:events';
import {
  ActionRowBuilder,
  AttachmentBuilder,
  ButtonBuilder,
  ButtonStyle,
  ChannelType,
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  MessageFlags,
  ModalBuilder,
  PermissionFlagsBits,
  Routes,
  TextInputBuilder,
  TextInputStyle,
} from 'discord.js';
import type { Interaction, Message } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { cardsOf, DEFAULT_BOT_PERMISSIONS, DiscordErrors, leadText, MessageFlagBits, messageText, startFakeDiscord, textDisplays } from './fake-discord/index.js';
import type { FakeDiscord, FakeDiscordOptions } from './fake-discord/index.js';

type Handler = (interaction: Interaction) => Promise<void>;

interface Harness {
  readonly discord: FakeDiscord;
  readonly client: Client;
  /** Replace to change how the test bot answers interactions. */
  handle: Handler;
  /** Errors thrown by `handle`; each test ends by expecting none unless it says otherwise. */
  readonly errors: unknown[];
}

const harnesses: Harness[] = [];

/** Starts a fake and logs a real client into it, the way the bot does. */
async function startHarness(
  options: FakeDiscordOptions = {},
  intents: GatewayIntentBits[] = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages],
): Promise<Harness> {
  const discord = await startFakeDiscord(options);
  const client = new Client({ intents, rest: { api: discord.apiUrl } });
  const harness: Harness = { discord, client, handle: async () => {}, errors: [] };
  harnesses.push(harness);
  client.on(Events.InteractionCreate, (interaction) => {
    harness.handle(interaction).catch((error: unknown) => harness.errors.push(error));
  });
  const ready = once(client, Events.ClientReady);
  await client.login(discord.token);
  await ready;
  return harness;
}

afterEach(async () => {
  for (const harness of harnesses.splice(0)) {
    await harness.client.destroy();
    await harness.discord.stop();
    expect(harness.errors).toEqual([]);
  }
});

describe('logging in', () => {
  it('gives the client its user, application, guild, channels, roles and members', async () => {
    const { discord, client } = await startHarness();
    expect(client.user?.id).toBe(discord.botUser.id);
    expect(client.application?.id).toBe(discord.applicationId);
    const guild = client.guilds.cache.get(discord.guild.id);
    expect(guild?.name).toBe('Class');
    expect(guild?.channels.cache.get(discord.guild.channels['debates'] ?? '')?.type).toBe(ChannelType.GuildText);
    expect(guild?.roles.cache.get(discord.guild.roles.moderator)?.permissions.has(PermissionFlagsBits.ManageThreads)).toBe(true);
    expect(guild?.members.cache.get(discord.users.teacher.id)?.permissions.has(PermissionFlagsBits.ManageGuild)).toBe(true);
    expect(guild?.members.cache.get(discord.users.teacher.id)?.permissions.has(PermissionFlagsBits.Administrator)).toBe(false);
    expect(guild?.ownerId).toBe(discord.users.owner.id);
    expect(guild?.members.cache.get(discord.users.student(1).id)?.permissions.has(PermissionFlagsBits.ManageThreads)).toBe(false);
    expect(guild?.members.me?.permissions.has(DEFAULT_BOT_PERMISSIONS)).toBe(true);
    expect(discord.gatewayConnections.map((connection) => connection.path)).toEqual(['/gateway']);
    expect(discord.unknownRoutes).toEqual([]);
  });

  it('logs requests with their headers but never the token', async () => {
    const { discord, client } = await startHarness();
    await client.application?.fetch();
    const request = await discord.waitForRequest((candidate) => candidate.path === '/applications/@me', 'GET /applications/@me');
    expect(request.authorized).toBe(true);
    expect(request.headers['user-agent']).toMatch(/DiscordBot/);
    expect(request.headers).not.toHaveProperty('authorization');
    expect(JSON.stringify(discord.requests)).not.toContain(discord.token);
  });

  it('refuses a wrong token with 401 and never opens a session', async () => {
    const { discord } = await startHarness();
    const stranger = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: discord.apiUrl } });
    await expect(stranger.login('not-the-token')).rejects.toThrow(/token/i);
    await stranger.destroy();
    expect(discord.identifyCount).toBe(1);
    expect(discord.requests.some((request) => request.status === 401 && !request.authorized)).toBe(true);
  });

  it('serves a guild in every configured server with as many students as asked', async () => {
    const { discord, client } = await startHarness({ guilds: [{ name: 'A' }, { name: 'B' }, { name: 'C' }], students: 30 });
    expect(client.guilds.cache.map((guild) => guild.name).sort()).toEqual(['A', 'B', 'C']);
    expect(client.guilds.cache.get(discord.guilds[2]?.id ?? '')?.members.cache.size).toBe(33); // bot, owner, teacher, 30 students
    expect(discord.users.student(30).username).toBe('student30');
  });
});

describe('slash commands', () => {
  it('delivers typed options and records an ephemeral reply and its allowed mentions', async () => {
    const harness = await startHarness();
    harness.handle = async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      const question = interaction.options.getString('question', true);
      const hidden = interaction.options.getBoolean('private') ?? true;
      await interaction.reply({
        content: `You asked: ${question}`,
        flags: hidden ? MessageFlags.Ephemeral : undefined,
        allowedMentions: { parse: [] },
      });
    };
    const ask = harness.discord.sendCommand({ name: 'ask', options: { question: 'Is China a reliable partner?', private: true } });
    expect((await ask.waitForCallback()).type).toBe(4);
    const reply = await ask.waitForReply();
    expect(reply.content).toBe('You asked: Is China a reliable partner?');
    expect(reply.flags & MessageFlagBits.Ephemeral).toBe(MessageFlagBits.Ephemeral);
    expect(reply.allowedMentions).toEqual({ parse: [] });
    expect(harness.discord.channelMessages(harness.discord.guild.channelId)).toEqual([]);
    expect(harness.errors).toEqual([]);
  });

  it('shows a deferred reply only once it is edited, and records follow-ups', async () => {
    const harness = await startHarness();
    harness.handle = async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.deferReply();
      await interaction.editReply({ content: 'Paragraph 12' });
      await interaction.followUp({ content: 'More passages', flags: MessageFlags.Ephemeral });
    };
    const passage = harness.discord.sendCommand({ name: 'passage', options: { number: 12 } });
    expect((await passage.waitForCallback()).type).toBe(5);
    expect((await passage.waitForReply()).content).toBe('Paragraph 12');
    const [followUp] = await passage.waitForFollowUps(1);
    expect(followUp?.content).toBe('More passages');
    expect(harness.discord.channelMessages(harness.discord.guild.channelId).map((m) => m.content)).toEqual(['Paragraph 12']);
    expect(harness.errors).toEqual([]);
  });

  it('answers withResponse with the created message', async () => {
    const harness = await startHarness();
    let messageId: string | undefined;
    harness.handle = async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      const response = await interaction.reply({ content: 'Posted', withResponse: true });
      messageId = response.resource?.message?.id;
    };
    const reply = await harness.discord.sendCommand({ name: 'help' }).waitForReply();
    expect(await harness.discord.waitFor(() => messageId, 'the handler to read the response')).toBe(reply.id);
  });

  it('types options from the deployed definition and refuses commands never deployed', async () => {
    const harness = await startHarness();
    const { discord, client } = harness;
    await client.application?.commands.set(
      [{ name: 'footnote', description: 'A footnote', options: [{ name: 'number', description: 'n', type: 4, required: true }] }],
      discord.guild.id,
    );
    let received: number | null = null;
    harness.handle = async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      received = interaction.options.getInteger('number');
      await interaction.reply({ content: 'ok' });
    };
    await discord.sendCommand({ name: 'footnote', options: { number: 4 } }).waitForReply();
    expect(received).toBe(4);
    expect(discord.commands(discord.guild.id).map((command) => command.name)).toEqual(['footnote']);
    expect(() => discord.sendCommand({ name: 'nonexistent' })).toThrow(/not deployed/);
  });

  it('delivers subcommands, DMs, and the member permissions a moderator has', async () => {
    const harness = await startHarness();
    const seen: string[] = [];
    harness.handle = async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      const moderator = interaction.memberPermissions?.has(PermissionFlagsBits.ManageThreads) ?? false;
      seen.push(`${interaction.options.getSubcommand()} in ${interaction.inGuild() ? 'guild' : 'dm'} by ${moderator ? 'moderator' : 'student'}`);
      await interaction.reply({ content: 'ok', flags: MessageFlags.Ephemeral });
    };
    const { discord } = harness;
    await discord.sendCommand({ name: 'debate', subcommand: 'open', options: { motion: 'm1' }, user: discord.users.teacher }).waitForReply();
    await discord.sendCommand({ name: 'debate', subcommand: 'join', options: { side: 'for' } }).waitForReply();
    await discord.sendCommand({ name: 'debate', subcommand: 'join', dm: true }).waitForReply();
    expect(seen).toEqual(['open in guild by moderator', 'join in guild by student', 'join in dm by student']);
  });

  it('rejects a reply over Discord limits with 50035, as Discord does', async () => {
    const harness = await startHarness({ allowSchemaViolations: true });
    let code: unknown;
    harness.handle = async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      try {
        await interaction.reply({ content: 'x'.repeat(2001) });
      } catch (error) {
        code = error instanceof DiscordAPIError ? error.code : error;
      }
    };
    harness.discord.sendCommand({ name: 'ask', options: { question: 'long' } });
    expect(await harness.discord.waitFor(() => code, 'the reply to fail')).toBe(50035);
  });

  it("refuses a body Discord's OpenAPI description refuses, and stop() then fails the test", async () => {
    const discord = await startFakeDiscord();
    const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: discord.apiUrl } });
    await client.login(discord.token);
    await discord.waitForReady();
    const sent = client.rest.post(Routes.channelMessages(discord.guild.channelId), { body: { content: 'hi', allowed_mentions: { parse: ['nobody'] } } });
    await expect(sent).rejects.toMatchObject({ code: 50035 });
    expect(discord.schemaViolations.map((v) => v.route)).toEqual(['/channels/{channel_id}/messages']);
    await client.destroy();
    await expect(discord.stop()).rejects.toThrow(/1 request body\(ies\) break Discord's OpenAPI schema:\nPOST \/channels\/\d+\/messages/);
  });

  it('records uploaded files with their names and bytes', async () => {
    const harness = await startHarness();
    harness.handle = async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      const csv = new AttachmentBuilder(Buffer.from('student,posts\nstudent1,3\n'), { name: 'record.csv' });
      await interaction.reply({ content: 'Export', files: [csv], flags: MessageFlags.Ephemeral });
    };
    const reply = await harness.discord.sendCommand({ name: 'export' }).waitForReply();
    expect(reply.attachments.map((attachment) => attachment.filename)).toEqual(['record.csv']);
    expect(reply.attachments[0]?.content.toString('utf8')).toBe('student,posts\nstudent1,3\n');
  });
});

describe('what the bot sends', () => {
  it('works out who a message would ping from its content and allowed mentions', async () => {
    const harness = await startHarness();
    const { discord } = harness;
    const text = `@everyone <@${discord.users.student(1).id}> <@&${discord.guild.roles.moderator}>`;
    harness.handle = async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      const safe = interaction.options.getBoolean('safe') ?? false;
      await interaction.reply({ content: text, ...(safe ? { allowedMentions: { parse: [] } } : {}) });
    };
    const careless = await discord.sendCommand({ name: 'ask', options: { safe: false } }).waitForReply();
    expect(careless.pings).toEqual({
      everyone: true,
      users: [discord.users.student(1).id],
      roles: [discord.guild.roles.moderator],
      repliedUser: false,
    });
    const careful = await discord.sendCommand({ name: 'ask', options: { safe: true } }).waitForReply();
    expect(careful.pings).toEqual({ everyone: false, users: [], roles: [], repliedUser: false });
  });

  it('tells the bot who ran the command a message answers (interaction metadata)', async () => {
    const harness = await startHarness();
    const { discord, client } = harness;
    harness.handle = async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply({ content: 'public answer' });
    };
    const reply = await discord.sendCommand({ name: 'ask', user: discord.users.student(3) }).waitForReply();
    const channel = client.channels.cache.get(discord.guild.channelId);
    if (channel?.type !== ChannelType.GuildText) throw new Error('expected the text channel in the cache');
    const fetched = await channel.messages.fetch(reply.id);
    expect(fetched.interactionMetadata?.user.id).toBe(discord.users.student(3).id);
    expect(fetched.author.id).toBe(discord.botUser.id);
  });

  it('resolves user, channel and role options for a deployed command', async () => {
    const harness = await startHarness();
    const { discord, client } = harness;
    await client.application?.commands.set([
      {
        name: 'call',
        description: 'Call a speaker',
        options: [
          { name: 'student', description: 'who', type: 6, required: true },
          { name: 'where', description: 'channel', type: 7 },
          { name: 'role', description: 'role', type: 8 },
        ],
      },
    ]);
    let seen: unknown[] = [];
    harness.handle = async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      const member = interaction.options.getMember('student');
      seen = [
        interaction.options.getUser('student', true).username,
        member !== null && 'displayName' in member ? member.displayName : null,
        interaction.options.getChannel('where')?.id,
        interaction.options.getRole('role')?.name,
      ];
      await interaction.reply({ content: 'called', flags: MessageFlags.Ephemeral });
    };
    await discord
      .sendCommand({
        name: 'call',
        user: discord.users.teacher,
        options: { student: discord.users.student(2).id, where: discord.guild.channelId, role: discord.guild.roles.moderator },
      })
      .waitForReply();
    expect(seen).toEqual(['student2', 'Student 2', discord.guild.channelId, 'Moderator']);
  });

  it('refuses command definitions Discord would refuse', async () => {
    const { discord, client } = await startHarness();
    await expect(client.application?.commands.set([{ name: 'Ask', description: 'Upper case is not allowed' }])).rejects.toMatchObject({
      code: 50035,
    });
    await expect(
      client.application?.commands.set([
        {
          name: 'ask',
          description: 'x',
          options: [
            { name: 'private', description: 'optional first', type: 5 },
            { name: 'question', description: 'required after', type: 3, required: true },
          ],
        },
      ]),
    ).rejects.toMatchObject({ code: 50035 });
    expect(discord.commands()).toEqual([]);
  });
});

describe('Components V2 messages', () => {
  const container = (text: string) => ({
    type: 17,
    accent_color: 0x2f5d8a,
    components: [
      { type: 10, content: text },
      { type: 14, divider: true, spacing: 1 },
      { type: 10, content: '**Cite as:** `R, ¶1`' },
    ],
  });
  const nextRow = { type: 1, components: [{ type: 2, style: 2, custom_id: 'next', label: 'Next' }] };

  it('stores an ephemeral V2 reply with nested text displays, readable as text, and keeps it V2 through an update', async () => {
    const harness = await startHarness();
    harness.handle = async (interaction) => {
      if (interaction.isChatInputCommand()) {
        await interaction.reply({ components: [{ type: 10, content: 'Lead line' }, container('### ¶1\nThe text.'), nextRow], flags: [MessageFlags.Ephemeral, MessageFlags.IsComponentsV2] } as never);
      } else if (interaction.isButton()) {
        await interaction.update({ components: [container('### ¶2\nMore text.'), nextRow], flags: MessageFlags.IsComponentsV2 } as never);
      }
    };
    const { discord } = harness;
    const reply = await discord.sendCommand({ name: 'passage' }).waitForReply();
    expect(reply.flags).toBe(MessageFlagBits.Ephemeral | MessageFlagBits.ComponentsV2);
    expect(textDisplays(reply)).toEqual(['Lead line', '### ¶1\nThe text.', '**Cite as:** `R, ¶1`']);
    expect(messageText(reply)).toBe('Lead line\n### ¶1\nThe text.\n**Cite as:** `R, ¶1`');
    expect(cardsOf(reply)[0]).toMatchObject({ color: 0x2f5d8a, title: '¶1', description: 'The text.', lines: ['**Cite as:** `R, ¶1`'] });
    expect(leadText(reply)).toBe('Lead line');
    const click = discord.clickButton({ message: reply, customId: 'next' });
    const updated = await click.waitForReply({ until: (message) => message.edits > 0 });
    expect(cardsOf(updated)[0]?.title).toBe('¶2');
    expect(updated.flags & MessageFlagBits.ComponentsV2).toBe(MessageFlagBits.ComponentsV2);
  });

  it('refuses content beside the V2 flag, V2 components without it, and an edit dropping it, with 50035', async () => {
    const discord = await startFakeDiscord();
    const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: discord.apiUrl } });
    await client.login(discord.token);
    await discord.waitForReady();
    const route = Routes.channelMessages(discord.guild.channelId);
    await expect(client.rest.post(route, { body: { content: 'hi', components: [container('x')], flags: 1 << 15 } })).rejects.toMatchObject({ code: 50035 });
    await expect(client.rest.post(route, { body: { components: [container('x')] } })).rejects.toMatchObject({ code: 50035 });
    const tooMuch = Array.from({ length: 2 }, () => container('y'.repeat(2100)));
    await expect(client.rest.post(route, { body: { components: tooMuch, flags: 1 << 15 } })).rejects.toMatchObject({ code: 50035 });
    const tooMany = Array.from({ length: 11 }, () => container('z'));
    await expect(client.rest.post(route, { body: { components: tooMany, flags: 1 << 15 } })).rejects.toMatchObject({ code: 50035 });
    const sent = (await client.rest.post(route, { body: { components: [container('ok')], flags: 1 << 15, allowed_mentions: { parse: [] } } })) as { id: string };
    await expect(client.rest.patch(Routes.channelMessage(discord.guild.channelId, sent.id), { body: { content: 'plain again', flags: 0 } })).rejects.toMatchObject({ code: 50035 });
    await expect(client.rest.patch(Routes.channelMessage(discord.guild.channelId, sent.id), { body: { content: 'sneaked in' } })).rejects.toMatchObject({ code: 50035 });
    expect(textDisplays(discord.message(sent.id)!)).toEqual(['ok', '**Cite as:** `R, ¶1`']);
    expect(discord.schemaViolations).toEqual([]);
    await client.destroy();
    await discord.stop();
  });

  it("checks V2 bodies against Discord's OpenAPI description too", async () => {
    const discord = await startFakeDiscord({ allowSchemaViolations: true });
    const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: discord.apiUrl } });
    await client.login(discord.token);
    await discord.waitForReady();
    // A text display must not be empty (minLength 1 in the spec).
    const empty = { type: 17, components: [{ type: 10, content: '' }] };
    await expect(client.rest.post(Routes.channelMessages(discord.guild.channelId), { body: { components: [empty], flags: 1 << 15 } })).rejects.toMatchObject({ code: 50035 });
    expect(discord.schemaViolations.map((violation) => violation.route)).toEqual(['/channels/{channel_id}/messages']);
    await client.destroy();
    await discord.stop().catch(() => undefined);
  });
});

describe('autocomplete, buttons and modals', () => {
  it('returns autocomplete choices', async () => {
    const harness = await startHarness();
    harness.handle = async (interaction) => {
      if (!interaction.isAutocomplete()) return;
      const typed = String(interaction.options.getFocused());
      await interaction.respond([{ name: `Footnote ${typed} — preview`, value: Number(typed) }]);
    };
    const choices = await harness.discord.sendAutocomplete({ name: 'footnote', options: { number: 4 }, focused: 'number' }).waitForChoices();
    expect(choices).toEqual([{ name: 'Footnote 4 — preview', value: 4 }]);
  });

  it('clicks a button on the reply and sees the message updated in place', async () => {
    const harness = await startHarness();
    harness.handle = async (interaction) => {
      if (interaction.isChatInputCommand()) {
        const next = new ButtonBuilder().setCustomId('passage:13').setLabel('Next').setStyle(ButtonStyle.Secondary);
        await interaction.reply({ content: '¶12', components: [new ActionRowBuilder<ButtonBuilder>().addComponents(next)] });
      } else if (interaction.isButton()) {
        await interaction.update({ content: `¶${interaction.customId.split(':')[1] ?? ''}`, components: [] });
      }
    };
    const { discord } = harness;
    const reply = await discord.sendCommand({ name: 'passage', options: { number: 12 } }).waitForReply();
    const click = discord.clickButton({ message: reply, customId: 'passage:13', user: discord.users.student(2) });
    expect((await click.waitForCallback()).type).toBe(7);
    const updated = await click.waitForReply({ until: (message) => message.content === '¶13' });
    expect(updated.id).toBe(reply.id);
    expect(updated.components).toEqual([]);
    expect(() => discord.clickButton({ message: reply, customId: 'passage:13' })).toThrow(/no component/);
  });

  it('edits the button\'s message through deferUpdate + editReply, and follows up', async () => {
    const harness = await startHarness();
    harness.handle = async (interaction) => {
      if (interaction.isChatInputCommand()) {
        const more = new ButtonBuilder().setCustomId('more').setLabel('More passages').setStyle(ButtonStyle.Primary);
        await interaction.reply({ content: 'first', components: [new ActionRowBuilder<ButtonBuilder>().addComponents(more)], flags: MessageFlags.Ephemeral });
      } else if (interaction.isButton()) {
        await interaction.deferUpdate();
        await interaction.editReply({ content: 'second' });
        await interaction.followUp({ content: 'Posted to class', allowedMentions: { parse: [] } });
      }
    };
    const { discord } = harness;
    const reply = await discord.sendCommand({ name: 'ask' }).waitForReply();
    const click = discord.clickButton({ message: reply, customId: 'more' });
    expect((await click.waitForCallback()).type).toBe(6);
    expect((await click.waitForReply({ until: (message) => message.content === 'second' })).id).toBe(reply.id);
    const [posted] = await click.waitForFollowUps(1);
    expect(posted?.flags).toBe(0);
    expect(discord.channelMessages(discord.guild.channelId).map((message) => message.content)).toEqual(['Posted to class']);
  });

  it('shows a modal and receives its submission', async () => {
    const harness = await startHarness();
    harness.handle = async (interaction) => {
      if (interaction.isChatInputCommand()) {
        const point = new TextInputBuilder().setCustomId('point').setLabel('Your point').setStyle(TextInputStyle.Short);
        await interaction.showModal(
          new ModalBuilder().setCustomId('cite').setTitle('Cite').addComponents(new ActionRowBuilder<TextInputBuilder>().addComponents(point)),
        );
      } else if (interaction.isModalSubmit()) {
        await interaction.reply({ content: `Point: ${interaction.fields.getTextInputValue('point')}` });
      }
    };
    const cite = harness.discord.sendCommand({ name: 'cite' });
    expect((await cite.waitForCallback()).type).toBe(9);
    const submitted = harness.discord.submitModal({ interaction: cite, values: { point: 'Russia hedges' } });
    expect((await submitted.waitForReply()).content).toBe('Point: Russia hedges');
  });
});

describe('gateway faults', () => {
  it('resumes after close 4000 and delivers the interaction sent while disconnected', async () => {
    const harness = await startHarness();
    const { discord } = harness;
    harness.handle = async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply({ content: interaction.options.getString('question') ?? '' });
    };
    discord.closeGateway(4000);
    const during = discord.sendCommand({ name: 'ask', options: { question: 'during' } });
    await discord.waitForResume();
    const after = discord.sendCommand({ name: 'ask', options: { question: 'after' } });
    expect((await during.waitForReply()).content).toBe('during');
    expect((await after.waitForReply()).content).toBe('after');
    expect(discord.identifyCount).toBe(1);
    expect(discord.gatewayConnections.map((connection) => connection.path)).toEqual(['/gateway', '/gateway-resume']);
  });

  it('resumes after an abnormal close (1006)', async () => {
    const harness = await startHarness();
    harness.handle = async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply({ content: 'still here' });
    };
    harness.discord.closeGateway(1006);
    await harness.discord.waitForResume();
    expect((await harness.discord.sendCommand({ name: 'help' }).waitForReply()).content).toBe('still here');
  });

  it('resumes when heartbeats go unanswered (a zombie connection)', async () => {
    const harness = await startHarness({ heartbeatIntervalMs: 300 });
    harness.discord.setHeartbeatAcks(false);
    await harness.discord.waitForResume({ timeoutMs: 10_000 });
    harness.discord.setHeartbeatAcks(true);
    harness.handle = async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply({ content: 'alive' });
    };
    expect((await harness.discord.sendCommand({ name: 'help' }).waitForReply()).content).toBe('alive');
    const beforeResume = harness.discord.heartbeatCount;
    await harness.discord.waitFor(() => (harness.discord.heartbeatCount > beforeResume ? true : undefined), 'a heartbeat on the resumed connection');
    expect(harness.discord.identifyCount).toBe(1);
  });

  it('answers a gateway member request for given users', async () => {
    const { discord, client } = await startHarness();
    const guild = client.guilds.cache.get(discord.guild.id);
    // An array of users always goes through the gateway (op 8), never REST.
    const members = await guild?.members.fetch({ user: [discord.users.student(1).id, discord.users.teacher.id] });
    expect(members?.map((member) => member.user.username).sort()).toEqual(['student1', 'teacher']);
    expect(discord.requests.filter((request) => request.path.includes('/members/'))).toEqual([]);
  });

  it('resumes after a resumable invalid session, and after op 7 Reconnect', async () => {
    const harness = await startHarness();
    harness.handle = async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply({ content: 'resumed' });
    };
    harness.discord.invalidateSession(true);
    await harness.discord.waitForResume();
    harness.discord.requestReconnect();
    await harness.discord.waitForResume({ resumes: 2 });
    expect((await harness.discord.sendCommand({ name: 'help' }).waitForReply()).content).toBe('resumed');
    expect(harness.discord.identifyCount).toBe(1);
  });

  it('identifies again after a non-resumable invalid session', async () => {
    const harness = await startHarness();
    harness.handle = async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply({ content: 'new session' });
    };
    harness.discord.invalidateSession(false);
    await harness.discord.waitForReady({ identifies: 2, timeoutMs: 15_000 });
    expect((await harness.discord.sendCommand({ name: 'help' }).waitForReply()).content).toBe('new session');
  });
});

describe('REST faults', () => {
  it('a 429 with Retry-After on the interaction callback is retried by discord.js and succeeds', async () => {
    const harness = await startHarness();
    const { discord } = harness;
    harness.handle = async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply({ content: 'after the wait' });
    };
    const fault = discord.failNext({ method: 'POST', path: /^\/interactions\/\d+\/[^/]+\/callback$/, status: 429, retryAfterSeconds: 0.3 });
    const ask = discord.sendCommand({ name: 'ask', options: { question: 'q' } });
    expect((await ask.waitForReply()).content).toBe('after the wait');
    expect(fault.hits).toBe(1);
    const callbacks = discord.requests.filter((request) => request.path.endsWith('/callback'));
    expect(callbacks.map((request) => request.status)).toEqual([429, 204]);
    expect(harness.errors).toEqual([]);
  });

  it('a 500 on posting a message is retried by discord.js and succeeds', async () => {
    const harness = await startHarness();
    const { discord, client } = harness;
    discord.failNext({ method: 'POST', path: `/channels/${discord.guild.channelId}/messages`, ...DiscordErrors.ServerError });
    const channel = client.channels.cache.get(discord.guild.channelId);
    if (channel?.type !== ChannelType.GuildText) throw new Error('expected the text channel in the cache');
    await channel.send({ content: 'posted anyway' });
    expect(discord.channelMessages(discord.guild.channelId).map((m) => m.content)).toEqual(['posted anyway']);
    expect(discord.requests.filter((r) => r.method === 'POST').map((r) => r.status)).toEqual([500, 200]);
  });

  it('injects Discord error codes and slow responses', async () => {
    const harness = await startHarness();
    const { discord } = harness;
    const codes: unknown[] = [];
    harness.handle = async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      try {
        await interaction.reply({ content: 'x' });
      } catch (error) {
        codes.push(error instanceof DiscordAPIError ? error.code : error);
      }
    };
    discord.failNext({ path: /\/callback$/, ...DiscordErrors.UnknownInteraction });
    discord.sendCommand({ name: 'ask' });
    expect(await discord.waitFor(() => codes[0], 'the first reply to fail')).toBe(10062);
    discord.failNext({ path: /\/callback$/, delayMs: 300 });
    const slow = discord.sendCommand({ name: 'ask' });
    expect((await slow.waitForCallback()).delayMs).toBeGreaterThanOrEqual(300);
  });

  it('refuses a second acknowledgement with 40060 and an unacknowledged webhook with 10015', async () => {
    const harness = await startHarness();
    const { discord, client } = harness;
    const ask = discord.sendCommand({ name: 'ask' });
    await expect(
      client.rest.post(Routes.webhook(discord.applicationId, ask.token), { body: { content: 'too early' }, auth: false }),
    ).rejects.toMatchObject({ code: 10015 });
    const callback = Routes.interactionCallback(ask.id, ask.token);
    await client.rest.post(callback, { body: { type: 4, data: { content: 'first' } }, auth: false });
    await expect(client.rest.post(callback, { body: { type: 4, data: { content: 'second' } }, auth: false })).rejects.toMatchObject({
      code: 40060,
    });
  });

  it('refuses a late acknowledgement with 10062 when the deadline is enforced', async () => {
    const harness = await startHarness({ ackDeadlineMs: 100 });
    let code: unknown;
    harness.handle = async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await new Promise((resolve) => setTimeout(resolve, 400));
      await interaction.reply({ content: 'late' }).catch((error: unknown) => {
        code = error instanceof DiscordAPIError ? error.code : error;
      });
    };
    harness.discord.sendCommand({ name: 'ask' });
    expect(await harness.discord.waitFor(() => code, 'the late reply to fail')).toBe(10062);
  });
});

describe('threads and channel messages', () => {
  it('creates a thread, posts in it, locks and archives it; the client sees each change', async () => {
    const harness = await startHarness();
    const { discord, client } = harness;
    harness.handle = async (interaction) => {
      if (!interaction.isChatInputCommand() || interaction.channel?.type !== ChannelType.GuildText) return;
      const thread = await interaction.channel.threads.create({ name: 'Debate: motion 1', type: ChannelType.PublicThread });
      await thread.send({ content: 'The floor is open' });
      await interaction.reply({ content: `Opened <#${thread.id}>`, flags: MessageFlags.Ephemeral });
    };
    await discord.sendCommand({ name: 'debate', subcommand: 'open', user: discord.users.teacher }).waitForReply();
    const thread = await discord.waitForThread((candidate) => candidate.name === 'Debate: motion 1');
    expect(thread.parentId).toBe(discord.guild.channelId);
    expect(discord.channelMessages(thread.id).map((m) => m.content)).toEqual(['The floor is open']);
    const cached = client.channels.cache.get(thread.id);
    if (cached?.type !== ChannelType.PublicThread) throw new Error('expected the thread in the client cache');
    await cached.setLocked(true);
    await cached.setArchived(true);
    expect(discord.channel(thread.id)).toMatchObject({ locked: true, archived: true });
    await discord.waitFor(() => (cached.locked === true && cached.archived === true ? true : undefined), 'THREAD_UPDATE in the cache');
    expect(() => discord.sendUserMessage({ channelId: thread.id, user: discord.users.student(1), content: 'hi' })).toThrow(/locked/);
  });

  it('sends a DM to a user and deletes a thread', async () => {
    const { discord, client } = await startHarness();
    const dm = await client.users.send(discord.users.student(1).id, { content: 'Your proposal was approved' });
    expect(discord.channelMessages(dm.channelId).map((message) => message.content)).toEqual(['Your proposal was approved']);
    const channel = client.channels.cache.get(discord.guild.channelId);
    if (channel?.type !== ChannelType.GuildText) throw new Error('expected the text channel in the cache');
    const thread = await channel.threads.create({ name: 'Old debate', type: ChannelType.PublicThread });
    await thread.delete();
    expect(discord.threads).toEqual([]);
    await discord.waitFor(() => (client.channels.cache.has(thread.id) ? undefined : true), 'THREAD_DELETE in the cache');
    expect(discord.unknownRoutes).toEqual([]);
  });

  it('starts a thread from a message', async () => {
    const harness = await startHarness();
    const { discord, client } = harness;
    const channel = client.channels.cache.get(discord.guild.channelId);
    if (channel?.type !== ChannelType.GuildText) throw new Error('expected the text channel in the cache');
    const motion = await channel.send({ content: 'This house believes…' });
    const thread = await motion.startThread({ name: 'Motion 1' });
    expect(thread.id).toBe(motion.id);
    expect(discord.channel(thread.id)?.type).toBe(ChannelType.PublicThread);
  });

  it('refuses thread creation with 50013 when the bot lacks Create Public Threads', async () => {
    const harness = await startHarness({ botPermissions: DEFAULT_BOT_PERMISSIONS & ~PermissionFlagsBits.CreatePublicThreads });
    const { discord } = harness;
    let outcome: unknown;
    harness.handle = async (interaction) => {
      if (!interaction.isChatInputCommand() || interaction.channel?.type !== ChannelType.GuildText) return;
      const canCreate = interaction.appPermissions.has(PermissionFlagsBits.CreatePublicThreads);
      outcome = await interaction.channel.threads
        .create({ name: 'Debate', type: ChannelType.PublicThread })
        .then(() => 'created', (error: unknown) => `app says ${canCreate}; error ${error instanceof DiscordAPIError ? error.code : String(error)}`);
      await interaction.reply({ content: String(outcome), flags: MessageFlags.Ephemeral });
    };
    await discord.sendCommand({ name: 'debate', subcommand: 'open', user: discord.users.teacher }).waitForReply();
    expect(outcome).toBe('app says false; error 50013');
    expect(discord.threads).toEqual([]);
  });

  it('grants thread creation once the permission is given, and tells the client', async () => {
    const harness = await startHarness({ botPermissions: DEFAULT_BOT_PERMISSIONS & ~PermissionFlagsBits.CreatePublicThreads });
    const { discord, client } = harness;
    discord.setBotPermissions(DEFAULT_BOT_PERMISSIONS);
    const guild = client.guilds.cache.get(discord.guild.id);
    await discord.waitFor(
      () => (guild?.members.me?.permissions.has(PermissionFlagsBits.CreatePublicThreads) === true ? true : undefined),
      'GUILD_ROLE_UPDATE in the cache',
    );
    const channel = client.channels.cache.get(discord.guild.channelId);
    if (channel?.type !== ChannelType.GuildText) throw new Error('expected the text channel in the cache');
    await channel.threads.create({ name: 'Allowed now', type: ChannelType.PublicThread });
    expect(discord.threads.map((thread) => thread.name)).toEqual(['Allowed now']);
  });

  it('delivers users’ thread posts as MESSAGE_CREATE without their text (no MessageContent intent)', async () => {
    const harness = await startHarness();
    const { discord, client } = harness;
    const posts: Message[] = [];
    client.on(Events.MessageCreate, (message) => {
      if (!message.author.bot) posts.push(message);
    });
    const channel = client.channels.cache.get(discord.guild.channelId);
    if (channel?.type !== ChannelType.GuildText) throw new Error('expected the text channel in the cache');
    const thread = await channel.threads.create({ name: 'Debate', type: ChannelType.PublicThread });
    discord.sendUserMessage({ channelId: thread.id, user: discord.users.student(1), content: 'I agree with ¶12' });
    discord.sendUserMessage({ channelId: thread.id, user: discord.users.student(2), content: 'I do not' });
    await discord.waitFor(() => (posts.length === 2 ? true : undefined), 'two posts to reach the client');
    expect(posts.map((post) => [post.author.id, post.channelId, post.content])).toEqual([
      [discord.users.student(1).id, thread.id, ''],
      [discord.users.student(2).id, thread.id, ''],
    ]);
    expect(discord.channel(thread.id)?.messageCount).toBe(2);
  });
});

describe('load', () => {
  it('delivers 60 interactions from 30 users in 3 servers, none lost, each answered once', async () => {
    const harness = await startHarness({ guilds: [{ name: 'A' }, { name: 'B' }, { name: 'C' }], students: 30 });
    const { discord } = harness;
    harness.handle = async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply({ content: `ok ${interaction.user.id}`, flags: MessageFlags.Ephemeral });
    };
    const sent = Array.from({ length: 60 }, (_, index) =>
      discord.sendCommand({ name: 'ask', user: discord.users.student((index % 30) + 1), guildId: discord.guilds[index % 3]?.id ?? '' }),
    );
    const replies = await Promise.all(sent.map((interaction) => interaction.waitForReply({ timeoutMs: 20_000 })));
    expect(replies.map((reply, index) => reply.content === `ok ${discord.users.student((index % 30) + 1).id}`)).not.toContain(false);
    expect(discord.interactions.filter((interaction) => interaction.callback === undefined)).toEqual([]);
    await discord.waitForQuiet();
    expect(discord.requests.filter((request) => request.path.endsWith('/callback')).length).toBe(60);
  });

  it('delivers a command used inside a thread with the thread as its channel', async () => {
    const harness = await startHarness();
    const { discord, client } = harness;
    const channel = client.channels.cache.get(discord.guild.channelId);
    if (channel?.type !== ChannelType.GuildText) throw new Error('expected the text channel in the cache');
    const thread = await channel.threads.create({ name: 'Debate', type: ChannelType.PublicThread });
    let where: string | undefined;
    harness.handle = async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      where = interaction.channel?.isThread() === true ? `thread of ${interaction.channel.parentId ?? ''}` : 'not a thread';
      await interaction.reply({ content: 'cited' });
    };
    const reply = await discord.sendCommand({ name: 'cite', channelId: thread.id }).waitForReply();
    expect(where).toBe(`thread of ${discord.guild.channelId}`);
    expect(reply.channelId).toBe(thread.id);
    expect(discord.channel(thread.id)?.messageCount).toBe(1);
  });
});

describe('shutting down', () => {
  it('leaves no sockets or servers open after client.destroy() and stop()', async () => {
    const countNetworkHandles = (): number =>
      process.getActiveResourcesInfo().filter((name) => name === 'TCPSocketWrap' || name === 'TCPServerWrap').length;
    const before = countNetworkHandles();
    const harness = await startHarness();
    harness.handle = async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply({ content: 'bye' });
    };
    await harness.discord.sendCommand({ name: 'help' }).waitForReply();
    expect(countNetworkHandles()).toBeGreaterThan(before);
    harnesses.splice(harnesses.indexOf(harness), 1);
    await harness.client.destroy();
    await harness.discord.waitForDisconnect();
    await harness.discord.stop();
    await harness.discord.stop();
    await harness.discord.waitFor(() => (countNetworkHandles() <= before ? true : undefined), 'every socket to close');
  });
});
