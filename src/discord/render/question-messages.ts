import { inlineCode, type APIEmbed } from 'discord.js';
import type { Question } from '../../bank/schema.ts';
import type { QuestionPage } from '../../services/index.ts';
import { citedSourceField } from './cited-source.ts';
import { button, buttonRow, type RenderedMessage } from './components.ts';
import { fitEmbed } from './fit-embed.ts';
import { DISCORD_LIMITS } from './limits.ts';
import { PALETTE } from './palette.ts';
import { choiceLines, questionBlock } from './question-text.ts';
import { escapeText, oneLine, plural, safeText, truncate } from './text.ts';

/** A question as a moderator reviews it: stem, choices with the answer marked, the cited passage. */
export function questionPreview(question: Question, title: string): APIEmbed {
  const choices = choiceLines(question.choices, (index) => ({ symbol: index === question.answerIndex ? '✅' : '▫️', bold: index === question.answerIndex }));
  const source = question.source ? { article: question.source.article, title: question.source.title, passage: question.source.passage } : null;
  return fitEmbed({
    color: PALETTE.right,
    author: { name: title },
    description: questionBlock(question.stem, choices),
    fields: source ? [citedSourceField(source)] : [],
    footer: { text: `Question ${question.id}` },
  });
}

/** After `/question add`: what was saved, under its id (the id `/question remove` takes). */
export function renderQuestionAdded(question: Question): RenderedMessage {
  return {
    content: truncate(`✅ Added ${inlineCode(question.id)}: ${escapeText(oneLine(question.stem))}`, DISCORD_LIMITS.content),
    embeds: [questionPreview(question, 'New server question')],
    components: [],
  };
}

export interface QuestionListButtonIds {
  previous: string;
  next: string;
}

/** One page of the server's own questions: id and stem, ten at a time. */
export function renderQuestionList(page: QuestionPage, ids: QuestionListButtonIds, note?: string): RenderedMessage {
  const lines = page.questions.map((question) => `${inlineCode(question.id)} ${safeText(oneLine(question.stem), 150)} · ${plural(question.choices.length, 'choice')}`);
  const empty = 'This server has no questions of its own yet. Add one with `/question add`, or upload a file with `/question import`.';
  const embed: APIEmbed = {
    color: PALETTE.question,
    title: "📋 This server's questions",
    description: [lines.length > 0 ? lines.join('\n') : empty, ...(note ? ['', note] : [])].join('\n'),
    footer: { text: `Page ${page.page} of ${page.pageCount} · ${plural(page.total, 'question')} · remove one with /question remove id` },
  };
  return {
    embeds: [embed],
    components:
      page.pageCount > 1
        ? [buttonRow(button(ids.previous, 'Previous', { emoji: '◀️', disabled: page.page <= 1 }), button(ids.next, 'Next', { emoji: '▶️', disabled: page.page >= page.pageCount }))]
        : [],
  };
}

/** A problem line from the services, "questions[3].choices: 6 items, at most 5", with its path as code. */
function problemLine(problem: string): string {
  const match = /^(questions\[\d+\][^:\s]*(?: \([^)]*\))?|[\w.[\]]+): (.*)$/s.exec(problem);
  if (!match) return `• ${escapeText(problem)}`;
  return `• ${inlineCode(match[1]!.replace(/`/g, "'"))}: ${escapeText(match[2]!)}`;
}

/** Every problem an upload or a form had, each with where it is; nothing was saved. */
export function renderProblems(heading: string, problems: readonly string[], advice: string): RenderedMessage {
  const lines: string[] = [];
  let length = heading.length + advice.length + 10;
  for (const [index, problem] of problems.entries()) {
    const line = truncate(problemLine(problem), 300);
    if (length + line.length + 1 > DISCORD_LIMITS.embedDescription - 40) {
      lines.push(`… and ${problems.length - index} more`);
      break;
    }
    lines.push(line);
    length += line.length + 1;
  }
  return {
    embeds: [{ color: PALETTE.wrong, title: '❌ Nothing was saved', description: `${heading}\n${lines.join('\n')}\n\n${advice}` }],
    components: [],
  };
}
