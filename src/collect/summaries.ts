import type {Article, ArticleRecord} from '../types.ts'

/** What a list needs of an article: no body, so lists never hold trees. */
export type ArticleSummary = Pick<
  Article,
  'slug' | 'url' | 'title' | 'date' | 'updated' | 'summary' | 'author' | 'tags' | 'source' | 'status'
>

/** The list entry of an article. */
export function summarize(article: Article): ArticleSummary {
  const {slug, url, title, date, updated, summary, author, tags, source, status} = article
  return {
    slug,
    url,
    title,
    date,
    ...(updated ? {updated} : {}),
    summary,
    ...(author ? {author} : {}),
    tags,
    source,
    ...(status ? {status} : {})
  }
}

/** The published record of an article, without its body. */
export function toRecord(article: Article): ArticleRecord {
  // Copies by key, never reading the body: it may be left in the cache until a page needs it.
  const record: Record<string, unknown> = {}
  for (const key of Object.keys(article))
    if (key !== 'html' && key !== 'paragraphs' && key !== 'places') record[key] = article[key as keyof Article]
  return record as ArticleRecord
}
