import { describe, expect, it } from 'vitest';
import { describeProblem } from '../../support/fake-discord/rest/errors.ts';
import { commandListSchema } from '../../support/fake-discord/validation/command-schemas.ts';
import { messageBodySchema } from '../../support/fake-discord/validation/message-schemas.ts';
import { modalSchema } from '../../support/fake-discord/validation/modal-schema.ts';
import { check } from '../../support/fake-discord/validation/validate.ts';
import type { z } from 'zod';

const problems = (schema: z.ZodType, value: unknown) => check(schema, value).map(describeProblem);

const button = (customId: string, label = 'A') => ({ type: 2, style: 1, custom_id: customId, label });
const row = (...components: unknown[]) => ({ type: 1, components });
const valid = {
  content: 'Which year?',
  allowed_mentions: { parse: [] },
  embeds: [{ title: 'Question', description: 'Text', fields: [{ name: 'Source', value: 'Passage' }], footer: { text: 'quizbot' } }],
  components: [row(button('a'), button('b'), button('c'), button('d'))],
};

describe('message payload limits', () => {
  it('accepts a payload within every limit', () => {
    expect(problems(messageBodySchema, valid)).toEqual([]);
  });

  it('flags a button label over 80 characters at its exact path', () => {
    const body = { ...valid, components: [row(button('a', 'x'.repeat(81)))] };
    expect(problems(messageBodySchema, body)).toEqual(['components[0].components[0].label: Must be 80 or fewer in length (got 81).']);
  });

  it('flags content over 2000 characters', () => {
    expect(problems(messageBodySchema, { ...valid, content: 'x'.repeat(2001) })).toEqual(['content: Must be 2000 or fewer in length (got 2001).']);
  });

  it('flags more than 5 action rows and more than 5 buttons in a row', () => {
    const sixRows = { ...valid, components: Array.from({ length: 6 }, (_, index) => row(button(`r${index}`))) };
    expect(problems(messageBodySchema, sixRows)).toEqual(['components: Must be 5 or fewer in length (got 6).']);
    const sixButtons = { ...valid, components: [row(...Array.from({ length: 6 }, (_, index) => button(`b${index}`)))] };
    expect(problems(messageBodySchema, sixButtons)).toEqual(['components[0].components: Must be 5 or fewer in length (got 6 buttons).']);
  });

  it('flags custom_ids that are too long or used twice', () => {
    expect(problems(messageBodySchema, { ...valid, components: [row(button('i'.repeat(101)))] })).toEqual([
      'components[0].components[0].custom_id: Must be 100 or fewer in length (got 101).',
    ]);
    expect(problems(messageBodySchema, { ...valid, components: [row(button('same'), button('same'))] })).toEqual([
      'components: Component custom id "same" is used more than once.',
    ]);
  });

  it('checks link buttons and buttons without a label', () => {
    const link = { type: 2, style: 5, label: 'Read', custom_id: 'x' };
    const bare = { type: 2, style: 1, custom_id: 'y' };
    expect(problems(messageBodySchema, { ...valid, components: [row(link, bare)] })).toEqual([
      'components[0].components[0].url: A link button requires a url.',
      'components[0].components[0].custom_id: A link button cannot have a custom_id.',
      'components[0].components[1].label: A button needs a label or an emoji.',
    ]);
  });

  it('flags embed field, title and total-size limits', () => {
    const embed = { title: 't'.repeat(257), fields: [{ name: '', value: 'v' }, { name: 'n', value: 'v'.repeat(1025) }] };
    expect(problems(messageBodySchema, { embeds: [embed] })).toEqual([
      'embeds[0].title: Must be 256 or fewer in length (got 257).',
      'embeds[0].fields[0].name: Must be 1 or more in length (got 0).',
      'embeds[0].fields[1].value: Must be 1024 or fewer in length (got 1025).',
    ]);
    const big = Array.from({ length: 2 }, () => ({ description: 'd'.repeat(3001) }));
    expect(problems(messageBodySchema, { embeds: big })).toEqual(['embeds: Embed size exceeds maximum size of 6000 (got 6002).']);
    expect(problems(messageBodySchema, { embeds: Array.from({ length: 11 }, () => ({ title: 't' })) })).toEqual([
      'embeds: Must be 10 or fewer in length (got 11).',
    ]);
    expect(problems(messageBodySchema, { embeds: [{ fields: Array.from({ length: 26 }, () => ({ name: 'n', value: 'v' })) }] })).toEqual([
      'embeds[0].fields: Must be 25 or fewer in length (got 26).',
    ]);
  });

  it('checks the allowed_mentions shape', () => {
    expect(problems(messageBodySchema, { content: 'x', allowed_mentions: { parse: ['users'], users: ['123456789012345678'] } })).toEqual([
      'allowed_mentions.parse: parse:["users"] and users:[…] are mutually exclusive.',
    ]);
    expect(problems(messageBodySchema, { content: 'x', allowed_mentions: { parse: ['channels'] } })).toHaveLength(1);
    expect(problems(messageBodySchema, { content: 'x', allowed_mentions: { parse: [], everyone: false } })).toHaveLength(1);
  });

  it('refuses flags a bot cannot set', () => {
    expect(problems(messageBodySchema, { content: 'x', flags: 1 << 7 })).toEqual(['flags: Flags 128 cannot be set by a bot.']);
    expect(problems(messageBodySchema, { content: 'x', flags: 64 })).toEqual([]);
  });
});

describe('modal limits', () => {
  const input = (customId: string, extra: Record<string, unknown> = {}) => ({ type: 4, custom_id: customId, style: 1, label: 'Question', ...extra });
  const validModal = { custom_id: 'question:add', title: 'Add a question', components: [row(input('stem'))] };

  it('accepts a valid modal, in both the row and the label form', () => {
    expect(problems(modalSchema, validModal)).toEqual([]);
    const labelled = { ...validModal, components: [{ type: 18, label: 'Question', component: { type: 4, custom_id: 'stem', style: 2 } }] };
    expect(problems(modalSchema, labelled)).toEqual([]);
  });

  it('flags a long title, too many inputs, a long label and a value over max_length', () => {
    expect(problems(modalSchema, { ...validModal, title: 'x'.repeat(46) })).toEqual(['title: Must be 45 or fewer in length (got 46).']);
    const six = { ...validModal, components: Array.from({ length: 6 }, (_, index) => row(input(`f${index}`))) };
    expect(problems(modalSchema, six)).toEqual(['components: Must be 5 or fewer in length (got 6).']);
    expect(problems(modalSchema, { ...validModal, components: [row(input('stem', { label: 'l'.repeat(46) }))] })).toEqual([
      'components[0].components[0].label: Must be 45 or fewer in length (got 46).',
    ]);
    expect(problems(modalSchema, { ...validModal, components: [row(input('stem', { max_length: 3, value: 'four' }))] })).toEqual([
      'components[0].components[0].value: Must be 3 or fewer in length.',
    ]);
  });
});

describe('command definition limits', () => {
  const command = { name: 'quiz', description: 'Start a round', options: [{ type: 3, name: 'topic', description: 'Topic' }] };

  it('accepts a valid list', () => {
    expect(problems(commandListSchema, [command])).toEqual([]);
  });

  it('flags names, missing descriptions, option order, choices and duplicates', () => {
    expect(
      problems(commandListSchema, [
        { ...command, name: 'Quiz' },
        { name: 'study', options: [{ type: 3, name: 'a', description: 'a' }, { type: 4, name: 'b', description: 'b', required: true }] },
        { name: 'big', description: 'd', options: [{ type: 3, name: 'c', description: 'c', choices: Array.from({ length: 26 }, (_, index) => ({ name: `n${index}`, value: `v${index}` })) }] },
        command,
        command,
      ]),
    ).toEqual([
      '[0].name: Command and option names must be lowercase.',
      '[1].description: This field is required',
      '[1].options[1].required: Required options must be placed before non-required options.',
      '[2].options[0].choices: Must be 25 or fewer in length (got 26).',
      '[4].name: Application command names must be unique ("quiz").',
    ]);
  });

  it('flags subcommands mixed with plain options', () => {
    const mixed = { name: 'question', description: 'd', options: [{ type: 1, name: 'add', description: 'd' }, { type: 3, name: 'x', description: 'd' }] };
    expect(problems(commandListSchema, [mixed])).toEqual(['[0].options: Subcommands and groups cannot be mixed with other options.']);
  });
});
