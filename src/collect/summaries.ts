import type {PictureView} from '../pictures/view.ts'
import type {Article, ArticleRecord} from '../types.ts'

/** What a list needs of an article: no body, so lists never hold trees; `picture` is its lead picture, for a thumbnail. */
export type ArticleSummary = Pick<
  Article,
  'slug' | 'url' | 'title' | 'date' | 'updated' | 'summary' | 'author' | 'tags' | 'source' | 'status'
> & {picture?: PictureView}

/** The list entry of an article, with the view of its lead picture when it has one. */
export function summarize(article: Article, picture?: PictureView): ArticleSummary {
  const {slug, url, title, date, updated, summary, author, tags, source, status} = article
  return {
    ...(picture ? {picture} : {}),
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
    if (key !== 'html' && key !== 'paragraphs' && key !== 'places' && key !== 'pictures')
      record[key] = article[key as keyof Article]
  return record as ArticleRecord
}
