import { beforeAll, describe, expect, it } from 'vitest';
import type { APIUser } from 'discord-api-types/v10';
import type { Bank } from '../../src/bank/schema.ts';
import type { LeaderboardPeriod } from '../../src/services/index.ts';
import { leaderboardLine } from '../../src/discord/render/leaderboard-message.ts';
import { buttonsOf, type FakeDiscord, type MessageRecord } from '../support/fake-discord/index.ts';
import type { E2eBot } from './support/e2e-bot.ts';
import { embedOf, embedText } from './support/round-helpers.ts';
import { seedScores } from './support/seed-scores.ts';
import { useE2eBot } from './support/use-e2e-bot.ts';

const e2e = useE2eBot();
let fake: FakeDiscord;
let bot: E2eBot;
let bank: Bank;
let users: APIUser[];
let players: string[];

beforeAll(async () => {
  ({ fake, bot, bank } = e2e);
  users = Array.from({ length: 25 }, (_, index) => fake.createUser(`player${index}`));
  players = users.map((user) => user.id);
  // Player i is right in round r when bit r of i is set: 25 players, three pages, plenty of ties.
  await seedScores(bot.services, bank, { guildId: fake.guild.id, players, rounds: 5, right: (player, round) => ((player >> round) & 1) === 1 });
});

const button = (message: MessageRecord, label: string) => {
  const found = buttonsOf(message.api).find((candidate) => candidate.label === label);
  if (!found || !('custom_id' in found) || !found.custom_id) throw new Error(`no "${label}" button`);
  return { id: found.custom_id, disabled: found.disabled ?? false };
};

/** The member ranked last of all: off the first two pages. */
async function lastPlaced(): Promise<APIUser> {
  const id = (await expectedPage('all-time', 3, players[0]!)).rows.at(-1)!.userId;
  return users.find((user) => user.id === id)!;
}

/** The board as the services rank it, for comparison with what the message shows. */
async function expectedPage(period: LeaderboardPeriod, page: number, viewerId: string) {
  return bot.services.leaderboard.page({ guildId: fake.guild.id, period, page, viewerId });
}

async function expectShows(message: MessageRecord, period: LeaderboardPeriod, page: number, viewerId: string): Promise<void> {
  const expected = await expectedPage(period, page, viewerId);
  const description = embedOf(message).description!;
  expect(description.split('\n\n')[0]).toBe(expected.rows.map(leaderboardLine).join('\n'));
  expect(embedOf(message).footer?.text).toBe(`Page ${expected.page} of 3 · 25 players`);
  const viewer = expected.viewer!;
  expect(description).toContain(`📍 <@${viewerId}> is **#${viewer.rank}** of 25 · ${viewer.points} pts`);
  expect(description.includes('(not on this page)')).toBe(!expected.rows.some((row) => row.userId === viewerId));
}

describe('/leaderboard', () => {
  it('pages through the public board with its buttons, always showing the viewer their own rank', async () => {
    const last = await lastPlaced();
    const board = await fake.dispatchCommand({ name: 'leaderboard', user: last }).reply();
    expect(board.ephemeral).toBe(false);
    expect(embedOf(board).title).toBe('🏆 Leaderboard · all time');
    expect(embedOf(board).description!.split('\n\n')[0]!.split('\n')).toHaveLength(10);
    await expectShows(board, 'all-time', 1, last.id);
    expect(button(board, 'Previous').disabled).toBe(true);

    // Anyone may page the public board; the rank line then names them.
    const page2 = await fake.dispatchButton({ message: board, customId: button(board, 'Next').id, user: users[7] }).reply();
    expect(page2.api.id).toBe(board.api.id);
    await expectShows(page2, 'all-time', 2, users[7]!.id);

    const page3 = await fake.dispatchButton({ message: page2, customId: button(page2, 'Next').id }).reply();
    expect(embedOf(page3).footer?.text).toMatch(/^Page 3 of 3/);
    expect(embedOf(page3).description!.split('\n\n')[0]!.split('\n')).toHaveLength(5);
    expect(button(page3, 'Next').disabled).toBe(true);
    const back = await fake.dispatchButton({ message: page3, customId: button(page3, 'Previous').id }).reply();
    expect(embedOf(back).footer?.text).toMatch(/^Page 2 of 3/);
  });

  it('jumps to the clicker’s own page with "My rank", and names them', async () => {
    const last = await lastPlaced();
    const board = await fake.dispatchCommand({ name: 'leaderboard', options: { page: 1 } }).reply();
    const mine = await fake.dispatchButton({ message: board, customId: button(board, 'My rank').id, user: last }).reply();
    await expectShows(mine, 'all-time', 3, last.id);
    expect(embedOf(mine).description).not.toContain('(not on this page)');
  });

  it('shows this week, clamps a page past the end, and a newcomer has no rank yet', async () => {
    const newcomer = fake.createUser('newcomer');
    const week = await fake.dispatchCommand({ name: 'leaderboard', options: { period: 'week', page: 99 }, user: newcomer }).reply();
    expect(embedOf(week).title).toMatch(/^🏆 Leaderboard · this week \(\d{4}-W\d{2}\)$/);
    expect(embedOf(week).footer?.text).toBe('Page 3 of 3 · 25 players');
    expect(embedOf(week).description).toContain(`📍 <@${newcomer.id}> has no rank yet this week`);
    const stats = await fake.dispatchCommand({ name: 'stats', options: { user: users[24]! } }).reply();
    const expected = await bot.services.leaderboard.stats({ guildId: fake.guild.id, userId: players[24]! });
    const text = embedText(embedOf(stats));
    expect(text).toContain(`Points\n**${expected.points}**`);
    expect(text).toContain(`Rank\n#${expected.rank}`);
    expect(text).toContain(`Answered\n5`);
    expect(text).toContain(`Streak\n🔥 ${expected.streak} (best ${expected.bestStreak})`);
    fake.assertNoViolations();
  });
});
