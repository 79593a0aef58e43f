import type {VFile} from 'vfile'
import type {PictureView} from '../pictures/view.ts'
import type {Article, SiteConfig} from '../types.ts'
import {collectArchive, monthUrl, type ArchiveYear} from './archive.ts'
import {collectRelated} from './related.ts'
import {collectSections, sectionKey} from './sections.ts'
import {summarize, type ArticleSummary} from './summaries.ts'
import {collectTerms, termKey, type Term} from './terms.ts'

/** A link to a tag or author page. */
export type TermLink = Pick<Term, 'name' | 'url'>

/** Everything an article page links to. */
export interface ArticleLinks {
  tags: TermLink[]
  author?: TermLink
  section?: TermLink
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
  /** In the header's order (see `SiteConfig.sections`). */
  sections: Term[]
  archive: ArchiveYear[]
  /** What the page of `articles[index]` links to. */
  linksOf: (index: number) => ArticleLinks
  /** The full record of a list entry. */
  articleOf: (summary: ArticleSummary) => Article
}

/** What `collectSite` reads besides the records. */
export interface CollectOptions {
  /** The sections' order, names and slugs; none configured by default. */
  config?: SiteConfig
  /** The view of an article's lead picture, for thumbnails in lists. */
  pictureOf?: (article: Article) => PictureView | undefined
}

/**
 * Collects tags, authors, sections, months and related articles from the
 * records (newest first). Terms whose pages would collide become errors on
 * `files` and are left out.
 */
export function collectSite(
  articles: readonly Article[],
  files: ReadonlyMap<string, VFile>,
  options: CollectOptions = {}
): SiteModel {
  // One summary an article, shared by every list and link that shows it.
  const summaries = articles.map((article) => summarize(article, options.pictureOf?.(article)))
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
  const configured = options.config?.sections ?? []
  const sections = collectSections(articles, configured, files, summaryOf)
  const sectionByKey = new Map(sections.map((term) => [term.key, term]))
  const tagByKey = new Map(tags.map((term) => [term.key, term]))
  const authorByKey = new Map(authors.map((term) => [term.key, term]))
  const related = collectRelated(articles)
  const bySlug = new Map(articles.map((article) => [article.slug, article]))
  return {
    articles: [...articles],
    summaries,
    tags,
    authors,
    sections,
    archive: collectArchive(summaries),
    linksOf(index) {
      const article = articles[index]!
      const tagTerms = [...new Set(article.tags.map((tag) => tagByKey.get(termKey(tag))))].filter(
        (term) => term !== undefined
      )
      const author = article.author ? authorByKey.get(termKey(article.author)) : undefined
      const key = sectionKey(article, configured)
      const section = key === undefined ? undefined : sectionByKey.get(key)
      return {
        tags: tagTerms,
        ...(author ? {author} : {}),
        ...(section ? {section} : {}),
        month: monthUrl(article.date),
        ...(index > 0 ? {newer: summaries[index - 1]} : {}),
        ...(index < articles.length - 1 ? {older: summaries[index + 1]} : {}),
        related: related.get(article)!.map(summaryOf)
      }
    },
    articleOf: (summary) => bySlug.get(summary.slug)!
  }
}
