import type {Article} from '../../src/types.ts'

/** A valid article record built by hand, with `overrides` over every default; the URL follows the slug. */
export function makeArticle(overrides: Partial<Article> = {}): Article {
  const slug = overrides.slug ?? 'weather'
  const text = overrides.summary ?? 'أمطار غزيرة على طرابلس.'
  return {
    slug,
    url: `/articles/${slug}/`,
    title: 'طقس اليوم',
    date: '2024-03-05',
    dateSource: 'front-matter',
    tags: [],
    summary: text,
    wordCount: text.split(/\s+/).length,
    readingMinutes: 1,
    source: `${slug}.md`,
    format: 'markdown',
    extra: {},
    html: `<p>${text.replace(/&/g, '&#x26;').replace(/</g, '&#x3C;')}</p>`,
    paragraphs: [text],
    ...overrides
  }
}
