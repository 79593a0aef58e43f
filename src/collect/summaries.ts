import type {Article, ArticleRecord} from '../types.ts'

/** What a list needs of an article: no body, so lists never hold trees. */
export type ArticleSummary = Pick<Article, 'slug' | 'url' | 'title' | 'date' | 'updated' | 'summary' | 'author' | 'tags' | 'source'>

/** The list entry of an article. */
export function summarize(article: Article): ArticleSummary {
  const {slug, url, title, date, updated, summary, author, tags, source} = article
  return {slug, url, title, date, ...(updated ? {updated} : {}), summary, ...(author ? {author} : {}), tags, source}
}

/** The published record of an article, without the body tree or its paragraphs. */
export function toRecord(article: Article): Omit<ArticleRecord, 'paragraphs'> {
  const {body: _body, paragraphs: _paragraphs, ...record} = article
  return record
}
