import { describe, expect, it } from 'vitest';
import { articleListEmbeds } from '../../src/discord/functions/articles/list-articles.ts';
import type { ServerArticle } from '../../src/services/index.ts';

const article = (index: number, title: string): ServerArticle => ({
  id: `art-${index.toString(16).padStart(10, '0')}`,
  title,
  status: index % 2 === 0 ? 'published' : 'draft',
  questionCount: index,
  addedAt: 0,
  addedBy: null,
  fileName: null,
  bytes: 1000,
});

describe('the /article list embeds', () => {
  it('stay within Discord limits however many articles and however long their titles, counting what does not fit', () => {
    for (const count of [1, 50, 500]) {
      const articles = Array.from({ length: count }, (_, index) => article(index, `A *long* title with __markdown__ and @everyone ${'x'.repeat(200)} ${index}`));
      const descriptions = articleListEmbeds(articles).map((embed) => embed.data.description ?? '');
      expect(descriptions.every((description) => description.length <= 4096)).toBe(true);
      expect(descriptions.join('').length).toBeLessThanOrEqual(6000);
      const lines = descriptions.join('\n').split('\n');
      const shown = lines.filter((line) => line.startsWith('`art-')).length;
      const more = /^…and (\d+) more$/.exec(lines.at(-1)!);
      expect(shown + Number(more?.[1] ?? 0)).toBe(count);
      expect(lines[0]).toBe(`\`art-0000000000\` **A \\*long\\* title with \\_\\_markdown\\_\\_ and @everyone ${'x'.repeat(18)}…** · 0 questions · published`);
    }
  });

  it('show every article of a server at the default quota of 50 with titles of ordinary length', () => {
    const articles = Array.from({ length: 50 }, (_, index) => article(index, `Council approves new cycle lanes despite traders' protest, part ${index}`));
    const lines = articleListEmbeds(articles).flatMap((embed) => (embed.data.description ?? '').split('\n'));
    expect(lines).toHaveLength(50);
    expect(lines[1]).toBe("`art-0000000001` **Council approves new cycle lanes despite traders' protest, part 1** · 1 question · draft");
  });
});
