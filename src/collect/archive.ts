import type {ArticleSummary} from './summaries.ts'

/** The articles of one month. */
export interface ArchiveMonth {
  year: string
  /** Two digits, `01` to `12`. */
  month: string
  /** Site-relative URL, such as `/archive/2024/03/`. */
  url: string
  /** Newest first. */
  articles: ArticleSummary[]
}

/** The articles of one year, and its months. */
export interface ArchiveYear {
  year: string
  /** Site-relative URL, such as `/archive/2024/`. */
  url: string
  /** Newest first. */
  articles: ArticleSummary[]
  /** Newest first; only months with articles. */
  months: ArchiveMonth[]
}

/** The site-relative URL of the month page for a `YYYY-MM-DD` day. */
export function monthUrl(day: string): string {
  return `/archive/${day.slice(0, 4)}/${day.slice(5, 7)}/`
}

/** Groups articles (newest first) by year and month, keeping that order. */
export function collectArchive(articles: readonly ArticleSummary[]): ArchiveYear[] {
  const years: ArchiveYear[] = []
  for (const article of articles) {
    const year = article.date.slice(0, 4)
    const month = article.date.slice(5, 7)
    let current = years.at(-1)
    if (current?.year !== year) {
      current = {year, url: `/archive/${year}/`, articles: [], months: []}
      years.push(current)
    }
    current.articles.push(article)
    let currentMonth = current.months.at(-1)
    if (currentMonth?.month !== month) {
      currentMonth = {year, month, url: monthUrl(article.date), articles: []}
      current.months.push(currentMonth)
    }
    currentMonth.articles.push(article)
  }
  return years
}
