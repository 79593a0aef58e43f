import type {VFile} from 'vfile'
import type {Article} from '../types.ts'
import {collectArchive, monthUrl, type ArchiveYear} from './archive.ts'
import {collectRelated} from './related.ts'
import {summarize, type ArticleSummary} from './summaries.ts'
import {collectTerms, termKey, type Term} from './terms.ts'

/** A link to a tag or author page. */
export type TermLink = Pick<Term, 'name' | 'url'>

/** Everything an article page links to. */
export interface ArticleLinks {
  tags: TermLink[]
  author?: TermLink
  /** Site-relative URL of the article's month page. */
  month: string
  /** The next newer article, if any. */
  newer?: ArticleSummary
  /** The next older article, if any. */
  older?: ArticleSummary
  /** Up to five articles sharing the most tags. */
  related: ArticleSummary[]
}

/** The site's structure: every list there is, computed once from the records. */
export interface SiteModel {
  /** Newest first. */
  articles: Article[]
  /** The same, as list entries. */
  summaries: ArticleSummary[]
  tags: Term[]
  authors: Term[]
  archive: ArchiveYear[]
  /** What the page of `articles[index]` links to. */
  linksOf: (index: number) => ArticleLinks
  /** The full record of a list entry. */
  articleOf: (summary: ArticleSummary) => Article
}

/**
 * Collects tags, authors, months and related articles from the records
 * (newest first). Tags or authors whose pages would collide become errors on
 * `files` and are left out.
 */
export function collectSite(articles: readonly Article[], files: ReadonlyMap<string, VFile>): SiteModel {
  // One summary an article, shared by every list and link that shows it.
  const summaries = articles.map(summarize)
  const indexOf = new Map(articles.map((article, index) => [article, index]))
  const summaryOf = (article: Article) => summaries[indexOf.get(article)!]!
  const tags = collectTerms(
    articles,
    {folder: 'tags', label: 'tag', namesOf: (article) => article.tags},
    files,
    summaryOf
  )
  const authors = collectTerms(
    articles,
    {folder: 'authors', label: 'author', namesOf: (article) => (article.author ? [article.author] : [])},
    files,
    summaryOf
  )
  const tagByKey = new Map(tags.map((term) => [term.key, term]))
  const authorByKey = new Map(authors.map((term) => [term.key, term]))
  const related = collectRelated(articles)
  const bySlug = new Map(articles.map((article) => [article.slug, article]))
  return {
    articles: [...articles],
    summaries,
    tags,
    authors,
    archive: collectArchive(summaries),
    linksOf(index) {
      const article = articles[index]!
      const tagTerms = [...new Set(article.tags.map((tag) => tagByKey.get(termKey(tag))))].filter(
        (term) => term !== undefined
      )
      const author = article.author ? authorByKey.get(termKey(article.author)) : undefined
      return {
        tags: tagTerms,
        ...(author ? {author} : {}),
        month: monthUrl(article.date),
        ...(index > 0 ? {newer: summaries[index - 1]} : {}),
        ...(index < articles.length - 1 ? {older: summaries[index + 1]} : {}),
        related: related.get(article)!.map(summaryOf)
      }
    },
    articleOf: (summary) => bySlug.get(summary.slug)!
  }
}
