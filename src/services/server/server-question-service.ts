import { z } from 'zod';
import type { Logger } from '../../logging/logger.ts';
import { checkQuestion } from '../../bank/check-question.ts';
import { formatIssues } from '../../bank/format-issues.ts';
import { bankSchema, generatedOutputSchema, questionSchema, type Bank, type Question } from '../../bank/schema.ts';
import type { RecordCollection } from '../../storage/record-collection.ts';
import { recordIdSchema } from '../../storage/records/ids.ts';
import type { ServerQuestionsRecord } from '../../storage/records/server-records.ts';
import { parseInput } from '../input-error.ts';
import type { ServerConfigService } from './server-config-service.ts';
import { buildModeratorQuestion } from './moderator-question.ts';

export type AddQuestionResult = { ok: true; question: Question } | { ok: false; problems: string[] };
export type ImportResult = { ok: true; count: number } | { ok: false; problems: string[] };
/** `added`: new ids; `updated`: ids the server had, replaced in place; `total`: the server's questions after. */
export type MergeResult = { ok: true; added: number; updated: number; total: number } | { ok: false; problems: string[] };
type CheckedImport = { ok: true; questions: Question[] } | { ok: false; problems: string[] };

export interface QuestionPage {
  questions: Question[];
  /** 1-based, clamped to the pages that exist. */
  page: number;
  pageCount: number;
  total: number;
}

const pageInputSchema = z.object({ guildId: recordIdSchema, page: z.int().min(1).default(1), pageSize: z.int().min(1).max(100).default(10) });
/** An import file: a whole bank file, or the `{ "questions": [...] }` that `generate --json` prints. */
// The plain list is strict: a file with other top-level keys (a bank of another version) is not one.
const importFileSchema = z.union([bankSchema, generatedOutputSchema.strict()]);
const MAX_PROBLEMS_SHOWN = 10;

/** A server's own questions (moderator-added or imported): add, list, remove, replace all, export. */
export class ServerQuestionService {
  constructor(
    private readonly records: RecordCollection<ServerQuestionsRecord>,
    private readonly configs: ServerConfigService,
    private readonly newId: () => string,
    private readonly logger: Logger,
  ) {}

  /** Every valid question of the server; a damaged entry is logged and left out. */
  async all(guildId: string): Promise<Question[]> {
    parseInput(recordIdSchema, guildId);
    return this.validEntries(guildId, (await this.records.get(guildId))?.questions ?? []);
  }

  async list(input: { guildId: string; page?: number; pageSize?: number }): Promise<QuestionPage> {
    const { guildId, page, pageSize } = parseInput(pageInputSchema, input);
    const questions = await this.all(guildId);
    const pageCount = Math.max(1, Math.ceil(questions.length / pageSize));
    const current = Math.min(page, pageCount);
    return { questions: questions.slice((current - 1) * pageSize, current * pageSize), page: current, pageCount, total: questions.length };
  }

  /** Adds one question from the moderator form; the problems say what to fix, in the form's terms. */
  async add(input: { guildId: string; question: unknown }): Promise<AddQuestionResult> {
    const guildId = parseInput(recordIdSchema, input.guildId);
    const built = buildModeratorQuestion(input.question, `m-${this.newId()}`);
    if (!built.ok) return built;
    const { quotas } = await this.configs.get(guildId);
    return this.records.update<AddQuestionResult>(guildId, (current) => {
      const questions = current?.questions ?? [];
      if (questions.length >= quotas.maxServerQuestions) {
        return { result: { ok: false, problems: [`this server already has ${questions.length} questions, the most allowed (${quotas.maxServerQuestions})`] } };
      }
      return { result: { ok: true, question: built.question }, next: { v: 1, questions: [...questions, built.question] } };
    });
  }

  /** Removes a question by id; false when there was no such question. */
  async remove(input: { guildId: string; questionId: string }): Promise<boolean> {
    const guildId = parseInput(recordIdSchema, input.guildId);
    return this.records.update(guildId, (current) => {
      const questions = current?.questions ?? [];
      const kept = questions.filter((entry) => (entry as { id?: unknown } | null)?.id !== input.questionId);
      return kept.length === questions.length ? { result: false } : { result: true, next: { v: 1, questions: kept } };
    });
  }

  /**
   * Replaces all of the server's questions with those of an import file, atomically: either every question
   * is valid and they all replace the old set, or nothing changes and the problems say which ones failed.
   */
  async replaceAll(input: { guildId: string; file: unknown }): Promise<ImportResult> {
    const guildId = parseInput(recordIdSchema, input.guildId);
    const checked = this.checkImport(input.file);
    const problems = checked.ok ? [] : checked.problems;
    const { quotas } = await this.configs.get(guildId);
    if (checked.ok && checked.questions.length > quotas.maxServerQuestions) {
      problems.push(`${checked.questions.length} questions, at most ${quotas.maxServerQuestions} allowed on this server`);
    }
    if (!checked.ok || problems.length > 0) return { ok: false, problems: capped(problems) };
    const questions = checked.questions;
    await this.records.update(guildId, () => ({ result: undefined, next: { v: 1, questions } }));
    return { ok: true, count: questions.length };
  }

  /**
   * Adds an import file's questions to the server's own, all or nothing: a question whose id the server
   * already has replaces it in place, the others are appended. Importing an export again changes nothing.
   */
  async merge(input: { guildId: string; file: unknown }): Promise<MergeResult> {
    const guildId = parseInput(recordIdSchema, input.guildId);
    const checked = this.checkImport(input.file);
    if (!checked.ok) return { ok: false, problems: capped(checked.problems) };
    const { quotas } = await this.configs.get(guildId);
    return this.records.update<MergeResult>(guildId, (current) => {
      const incoming = new Map(checked.questions.map((question) => [question.id, question]));
      let updated = 0;
      const kept = (current?.questions ?? []).map((entry) => {
        const id = (entry as { id?: unknown } | null)?.id;
        const replacement = typeof id === 'string' ? incoming.get(id) : undefined;
        if (!replacement) return entry;
        incoming.delete(id as string);
        updated += 1;
        return replacement;
      });
      const questions = [...kept, ...incoming.values()];
      if (questions.length > quotas.maxServerQuestions) {
        return { result: { ok: false, problems: [`the server would have ${questions.length} questions, at most ${quotas.maxServerQuestions} allowed`] } };
      }
      return { result: { ok: true, added: incoming.size, updated, total: questions.length }, next: { v: 1, questions } };
    });
  }

  /** Parses the text of an uploaded JSON file, then `merge`. */
  async mergeText(input: { guildId: string; text: string }): Promise<MergeResult> {
    const file = parseJson(input.text);
    return file.ok ? this.merge({ guildId: input.guildId, file: file.value }) : file;
  }

  /** Parses the text of an uploaded JSON file, then `replaceAll`. */
  async importText(input: { guildId: string; text: string }): Promise<ImportResult> {
    const file = parseJson(input.text);
    return file.ok ? this.replaceAll({ guildId: input.guildId, file: file.value }) : file;
  }

  /** The server's questions as a bank file (serialise with `serialiseBank`). */
  async exportBank(guildId: string): Promise<Bank> {
    return { version: 1, articles: [], questions: await this.all(guildId) };
  }

  /** Every problem of an import file, each with its path: the bank schema, then the structural checks and ids. */
  private checkImport(file: unknown): CheckedImport {
    const parsed = importFileSchema.safeParse(file);
    if (!parsed.success) return { ok: false, problems: this.importProblems(file) };
    const questions = parsed.data.questions;
    const problems = questions.flatMap((question, index) => checkQuestion(question).map((problem) => `questions[${index}] (${question.id}): ${problem}`));
    const ids = new Set<string>();
    questions.forEach((question, index) => {
      if (ids.has(question.id)) problems.push(`questions[${index}].id: duplicate question id "${question.id}"`);
      ids.add(question.id);
    });
    return problems.length > 0 ? { ok: false, problems } : { ok: true, questions };
  }

  private importProblems(file: unknown): string[] {
    const asBank = bankSchema.safeParse(file);
    const asList = generatedOutputSchema.safeParse(file);
    const looksLikeBank = typeof file === 'object' && file !== null && 'version' in file;
    const error = looksLikeBank ? asBank.error : asList.error;
    if (!error) return ['expected a bank file or {"questions": [...]}'];
    return formatIssues(error);
  }

  private validEntries(guildId: string, entries: readonly unknown[]): Question[] {
    return entries.flatMap((entry, index) => {
      const parsed = questionSchema.safeParse(entry);
      if (parsed.success) return [parsed.data];
      this.logger.warn({ guildId, index, problems: formatIssues(parsed.error).slice(0, 5) }, 'skipped a corrupt server question');
      return [];
    });
  }
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; problems: string[] } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, problems: [`not valid JSON: ${(error as Error).message}`] };
  }
}

function capped(problems: string[]): string[] {
  return problems.length <= MAX_PROBLEMS_SHOWN ? problems : [...problems.slice(0, MAX_PROBLEMS_SHOWN), `… and ${problems.length - MAX_PROBLEMS_SHOWN} more`];
}
