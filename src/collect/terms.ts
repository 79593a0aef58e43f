import type {VFile} from 'vfile'
import {fail} from '../messages.ts'
import {suggestSlug} from '../parse/slug.ts'
import {termKey} from '../parse/term-key.ts'
import type {Article} from '../types.ts'
import {compareStrings} from './sort.ts'
import {summarize, type ArticleSummary} from './summaries.ts'

/** A tag or an author: a name shared by articles, with a page of its own. */
export interface Term {
  /** What makes two spellings one term (see `termKey`). */
  key: string
  /** The spelling shown: the one most articles use. */
  name: string
  /** Site-relative URL of the term's page, such as `/tags/سياسة/`. */
  url: string
  /** Its articles, newest first. */
  articles: ArticleSummary[]
}

/** Which terms to collect, and where their pages go. */
export interface TermKind {
  /** Folder of the pages: `tags` or `authors`. */
  folder: string
  /** The term names of one article. */
  namesOf: (article: Article) => string[]
  /** How messages name this kind: `tag` or `author`. */
  label: string
}

export {termKey} from '../parse/term-key.ts'

const collator = new Intl.Collator('ar', {sensitivity: 'base', numeric: true})

/** Orders terms as an Arabic reader looks them up: by the Arabic collation of their names, then by key. */
export function compareTerms(a: Term, b: Term): number {
  return collator.compare(a.name, b.name) || compareStrings(a.key, b.key)
}

/**
 * Groups `articles` (newest first) into terms of `kind`. Two names whose
 * pages would land on one path are an error on the files of both; such
 * terms are dropped. Returns the terms in Arabic collation order, listing
 * each article by `summaryOf` it (the site's one summary of each).
 */
export function collectTerms(
  articles: readonly Article[],
  kind: TermKind,
  files: ReadonlyMap<string, VFile>,
  summaryOf: (article: Article) => ArticleSummary = summarize
): Term[] {
  const groups = new Map<string, {articles: Article[]; spellings: Map<string, number>}>()
  for (const article of articles) {
    for (const name of kind.namesOf(article)) {
      const key = termKey(name)
      const group = groups.get(key) ?? {articles: [] as Article[], spellings: new Map<string, number>()}
      if (group.articles.at(-1) !== article) group.articles.push(article)
      group.spellings.set(name, (group.spellings.get(name) ?? 0) + 1)
      groups.set(key, group)
    }
  }
  const bySlug = new Map<string, Term[]>()
  for (const [key, group] of groups) {
    const term: Term = {key, name: commonest(group.spellings, key), url: '', articles: group.articles.map(summaryOf)}
    const slug = suggestSlug(key)
    term.url = `/${kind.folder}/${slug}/`
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), term])
  }
  const terms: Term[] = []
  for (const [slug, clashing] of bySlug) {
    if (clashing.length === 1) terms.push(clashing[0]!)
    else reportClash(slug, clashing, kind, files)
  }
  return terms.sort(compareTerms)
}

function commonest(spellings: Map<string, number>, key: string): string {
  return [...spellings].sort(
    ([a, countA], [b, countB]) => countB - countA || Number(b === key) - Number(a === key) || compareStrings(a, b)
  )[0]![0]
}

function reportClash(slug: string, terms: Term[], kind: TermKind, files: ReadonlyMap<string, VFile>): void {
  for (const term of terms) {
    const others = terms
      .filter((other) => other !== term)
      .map((other) => `${kind.label} \`${other.name}\` of \`${other.articles[0]!.source}\``)
      .join(', ')
    for (const article of term.articles) {
      const file = files.get(article.source)
      if (file)
        fail(
          file,
          `Unexpected ${kind.label} \`${term.name}\`: its page \`${kind.folder}/${slug}/\` would also be the page of ${others}; write the ${kind.label} one way everywhere`,
          `duplicate-${kind.label}-page`
        )
    }
  }
}
