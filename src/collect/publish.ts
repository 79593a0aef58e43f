import type {VFile} from 'vfile'
import {setRecordFingerprint, recordFingerprint, fingerprint} from '../render/fingerprint.ts'
import {inform} from '../messages.ts'
import type {Article, SiteConfig} from '../types.ts'

/** Rule id of the note on an article held back for its date: a note of the build, not of the file, so never cached with the file. */
export const FUTURE_RULE = 'future-date'

/** What decides which articles a build publishes. */
export interface PublishRules {
  /** Today, `YYYY-MM-DD`: an article dated after it waits for its day unless `config.future`. */
  today: string
  /** A preview for this machine (`serve`): future articles included are marked as not yet published. */
  preview: boolean
}

/** The articles a build publishes, and the first day a held-back article becomes due (the next build that day must not be skipped). */
export interface Selection {
  articles: Article[]
  /** The earliest date among the articles held back for their date; none when none is. */
  heldUntil?: string
  /** Sources of the articles left out, in order: part of what the output is a function of. */
  left: string[]
}

/**
 * Leaves out drafts (unless `config.drafts`) and articles dated after today
 * (unless `config.future`), as Hugo does by default, with a note on each
 * article held for its date. Drafts that are published keep their mark; in a
 * preview, so do future articles. Order is kept.
 */
export function selectPublished(
  articles: readonly Article[],
  files: ReadonlyMap<string, VFile>,
  config: Pick<SiteConfig, 'drafts' | 'future'>,
  rules: PublishRules
): Selection {
  const selection: Selection = {articles: [], left: []}
  for (const article of articles) {
    const future = article.date > rules.today
    if (article.status === 'draft' && !config.drafts) {
      selection.left.push(article.source)
      continue
    }
    if (future && !config.future) {
      selection.left.push(article.source)
      if (selection.heldUntil === undefined || article.date < selection.heldUntil) selection.heldUntil = article.date
      const file = files.get(article.source)
      if (file && article.status !== 'draft') {
        inform(
          file,
          `Held back until ${article.date}, its date: the first build on that day publishes it; \`--future\` (or \`future: true\` in the configuration) publishes it now`,
          FUTURE_RULE,
          article.places?.date
        )
      }
      continue
    }
    selection.articles.push(future && rules.preview && article.status === undefined ? scheduled(article) : article)
  }
  return selection
}

/** `article` marked as not yet published, with a fingerprint of its own that needs no body. */
function scheduled(article: Article): Article {
  const marked: Article = Object.create(Object.getPrototypeOf(article), Object.getOwnPropertyDescriptors(article))
  marked.status = 'scheduled'
  setRecordFingerprint(marked, fingerprint(recordFingerprint(article), 'scheduled'))
  return marked
}

/** The rules of a build given `today` and `preview` (see `BuildOptions`): today defaults to the machine's day. */
export function publishRules(options: {today?: string; preview?: boolean}): PublishRules {
  return {today: options.today ?? localDay(), preview: options.preview ?? false}
}

/** Today in the machine's time zone, `YYYY-MM-DD`: the newsroom's day, not UTC's. */
export function localDay(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}
