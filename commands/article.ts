import { ApplicationCommandOptionType, ApplicationIntegrationType, InteractionContextType, PermissionFlagsBits } from 'discord.js';
import type { CommandDefinition } from '../src/discord/commands/command-args.ts';
import { defineCommand } from '../src/discord/commands/define-command.ts';
import { addArticleFile } from '../src/discord/functions/articles/add-article-file.ts';
import { discardArticleButton, publishArticleButton } from '../src/discord/functions/articles/article-buttons.ts';
import { listArticles } from '../src/discord/functions/articles/list-articles.ts';
import { pasteArticleModal, showPasteArticleForm } from '../src/discord/functions/articles/paste-article.ts';
import { removeArticle } from '../src/discord/functions/articles/remove-article.ts';

const { Subcommand, String: Text, Attachment } = ApplicationCommandOptionType;

export const definition = {
  name: 'article',
  description: "Manage this server's articles, the source of its questions (moderators)",
  contexts: [InteractionContextType.Guild],
  integration_types: [ApplicationIntegrationType.GuildInstall],
  default_member_permissions: PermissionFlagsBits.ManageGuild.toString(),
  options: [
    {
      type: Subcommand,
      name: 'add',
      description: 'Add an article and generate questions from it',
      options: [{ type: Attachment, name: 'file', description: 'A .txt or .md file (leave out to paste the text instead)' }],
    },
    { type: Subcommand, name: 'list', description: "List this server's articles" },
    {
      type: Subcommand,
      name: 'remove',
      description: 'Remove an article and its questions',
      options: [{ type: Text, name: 'id', description: 'The article id, as /article list shows it', required: true, min_length: 1, max_length: 100 }],
    },
  ],
} as const satisfies CommandDefinition;

export default defineCommand({
  definition,
  access: 'moderator',
  response: 'ephemeral',
  buttons: [publishArticleButton, discardArticleButton],
  modals: [pasteArticleModal],
  execute: async (interaction, args, ctx) => {
    const guildId = interaction.guildId!; // guild-only command, and access 'moderator' has checked it
    switch (args.subcommand) {
      case 'add':
        return args.file ? addArticleFile(ctx, { guildId, userId: interaction.user.id, file: args.file }) : showPasteArticleForm(ctx, guildId);
      case 'list':
        return listArticles(ctx, guildId);
      case 'remove':
        return removeArticle(ctx, { guildId, articleId: args.id });
    }
  },
});
