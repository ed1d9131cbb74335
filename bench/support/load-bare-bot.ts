// The baseline of bench:load: a bare discord.js bot, run as its own process, that acknowledges every
// interaction with a constant reply. A slash command gets a public message with four answer buttons (so the
// load driver follows the same flow as against quizbot); a button gets an ephemeral "locked in".
import { ActionRowBuilder, ButtonBuilder, ButtonStyle, Client, Events, GatewayIntentBits, MessageFlags } from 'discord.js';

const token = process.env.DISCORD_TOKEN;
const api = process.env.DISCORD_API_URL;
if (!token || !api) throw new Error('DISCORD_TOKEN and DISCORD_API_URL are required');

const buttons = new ActionRowBuilder<ButtonBuilder>().addComponents(
  ['A', 'B', 'C', 'D'].map((label, index) => new ButtonBuilder().setCustomId(`bare:answer:v1:${index}`).setLabel(label).setStyle(ButtonStyle.Secondary)),
);
const client = new Client({ intents: [GatewayIntentBits.Guilds], allowedMentions: { parse: [] }, rest: { api } });

client.on(Events.InteractionCreate, (interaction) => {
  const answered = interaction.isChatInputCommand()
    ? interaction.reply({ content: 'Which one?', components: [buttons] })
    : interaction.isButton()
      ? interaction.reply({ content: 'Your answer is locked in.', flags: MessageFlags.Ephemeral })
      : undefined;
  answered?.catch((error: unknown) => process.stderr.write(`${JSON.stringify({ level: 50, msg: 'reply failed', err: String(error) })}\n`));
});
client.once(Events.ClientReady, () => process.stderr.write(`${JSON.stringify({ level: 30, msg: 'connected to Discord and ready' })}\n`));
process.on('SIGTERM', () => void client.destroy().then(() => process.exit(0)));
await client.login(token);
