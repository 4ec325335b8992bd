// The burst's baseline: a discord.js client that does no work at all, it only defers each
// interaction and then edits the reply, as /ask does. Bursting it shows how much of the
// dispatch -> first callback time is discord.js, the fake Discord and the machine, not the bot.
// Run by burst-worker.js with DISCORD_TOKEN and DISCORD_API_URL pointing at the fake.
import { Client, Events, GatewayIntentBits, MessageFlags } from 'discord.js';

const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: process.env['DISCORD_API_URL'] ?? '' } });
client.on(Events.InteractionCreate, (interaction) => {
  if (!interaction.isChatInputCommand()) return;
  void (async () => {
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    await interaction.editReply('Nothing to see: a baseline.');
  })().catch(() => undefined);
});
process.on('SIGTERM', () => {
  void client.destroy().finally(() => process.exit(0));
});
await client.login(process.env['DISCORD_TOKEN']);
