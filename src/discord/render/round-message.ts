import type { APIEmbed, APIEmbedField } from 'discord.js';
import { userMention } from 'discord.js';
import type { RoundEnd, RoundView } from '../../services/index.ts';
import { citedSourceField } from './cited-source.ts';
import { choiceButtons, type RenderedMessage } from './components.ts';
import { fitEmbed } from './fit-embed.ts';
import { DISCORD_LIMITS } from './limits.ts';
import { PALETTE } from './palette.ts';
import { choiceLines, questionBlock } from './question-text.ts';
import { choiceLetter, oneLine, plural, relativeTime, truncate } from './text.ts';

/** The custom_id of the button answering choice `index` of a round. */
export type RoundButtonId = (index: number) => string;

function footerText(round: RoundView, extra?: string): string {
  const parts = [round.article ? `From: ${oneLine(round.article.title)}` : null, `Question ${round.questionId}`, extra ?? null];
  return truncate(parts.filter((part) => part !== null).join(' · '), DISCORD_LIMITS.footer);
}

/** The round as posted: the question, its choices as buttons, and when answers close. */
export function renderRoundQuestion(round: RoundView, idFor: RoundButtonId): RenderedMessage {
  const embed: APIEmbed = {
    color: PALETTE.question,
    author: { name: '❓ Channel quiz' },
    description: questionBlock(round.stem, choiceLines(round.choices), [`⏳ Answers close ${relativeTime(round.deadline)} · one answer each, pick a button`]),
    footer: { text: footerText(round) },
  };
  return { embeds: [embed], components: [choiceButtons(round.choices, idFor)] };
}

/** Lines listing members (mentions render as names and, with allowed_mentions off, ping nobody). */
function memberList(lines: string[], max = DISCORD_LIMITS.fieldValue): string {
  const shown: string[] = [];
  let length = 0;
  for (const [index, line] of lines.entries()) {
    const more = `… and ${lines.length - index} more`;
    if (length + line.length + 1 + more.length > max) {
      shown.push(more);
      break;
    }
    shown.push(line);
    length += line.length + 1;
  }
  return shown.join('\n');
}

function resultFields(end: RoundEnd): APIEmbedField[] {
  if (end.results.length === 0) return [{ name: '🙈 No answers', value: 'Nobody answered this round.' }];
  const right = end.results.filter((result) => result.correct);
  const wrong = end.results.filter((result) => !result.correct);
  const fields: APIEmbedField[] = [];
  fields.push({
    name: `🏆 Right (${right.length})`,
    value:
      right.length === 0
        ? 'Nobody this time.'
        : memberList(right.map((result) => `${result.firstCorrect ? '⚡ ' : ''}${userMention(result.userId)} +${result.points}${result.firstCorrect ? ' · first!' : ''}`)),
  });
  if (wrong.length > 0) {
    fields.push({ name: `Missed (${wrong.length})`, value: memberList(wrong.map((result) => `${userMention(result.userId)} chose ${choiceLetter(result.choice)}`)) });
  }
  return fields;
}

/**
 * The round after its deadline: the correct choice marked, how many picked each, the cited passage with its
 * article title, who was right (the first gets the speed bonus), and the buttons disabled. An expired round
 * (found long after its deadline by a restart) says so and shows no scores.
 */
export function renderRoundEnd(end: RoundEnd, idFor: RoundButtonId): RenderedMessage {
  const { round } = end;
  const picks = round.choices.map((_, index) => end.results.filter((result) => result.choice === index).length);
  const expired = end.kind === 'expired';
  const choices = choiceLines(round.choices, (index) => ({
    symbol: index === end.correctChoice ? '✅' : '▫️',
    bold: index === end.correctChoice,
    ...(expired || picks[index] === 0 ? {} : { note: plural(picks[index]!, 'pick') }),
  }));
  const anyRight = end.results.some((result) => result.correct);
  const status = expired
    ? '⌛ This round expired when the bot restarted, so nobody scored. Start a new one with `/quiz`.'
    : `⏱️ Time's up! The answer is **${choiceLetter(end.correctChoice)}**.`;
  const embed: APIEmbed = {
    color: expired ? PALETTE.muted : anyRight ? PALETTE.right : end.results.length > 0 ? PALETTE.wrong : PALETTE.missed,
    author: { name: expired ? '❓ Channel quiz · expired' : '❓ Channel quiz · results' },
    description: questionBlock(round.stem, choices, [status]),
    fields: [citedSourceField(end.source), ...(expired ? [] : resultFields(end))],
    footer: { text: footerText(round, expired ? undefined : plural(end.results.length, 'answer')) },
  };
  return { embeds: [fitEmbed(embed)], components: [choiceButtons(round.choices, idFor, { correct: end.correctChoice })] };
}
