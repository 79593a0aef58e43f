import type {VFile} from 'vfile'
import {termKey} from '../parse/term-key.ts'
import type {Article, SectionSetting, SiteConfig} from '../types.ts'

/** The configured sections, as the configuration lists them. */
type Sections = SiteConfig['sections']
import type {ArticleSummary} from './summaries.ts'
import {collectTerms, type Term} from './terms.ts'

/** The configured sections as name and slug, in their order. */
function settings(configured: Sections): SectionSetting[] {
  return configured.map((item) => (typeof item === 'string' ? {name: item} : item))
}

/**
 * The configured section an article's `section` names, by its name (spelled
 * as tags are compared) or by its slug, such as the folder `politics/`.
 */
function configured(name: string, sections: readonly SectionSetting[]): SectionSetting | undefined {
  const key = termKey(name)
  return sections.find((section) => termKey(section.name) === key || section.slug === key)
}

/**
 * Groups articles (newest first) into their sections, at `/sections/<slug>/`:
 * the configured ones first, in the configuration's order and under their
 * configured name and slug, then the others in Arabic alphabetical order.
 * Sections without articles are left out.
 */
export function collectSections(
  articles: readonly Article[],
  configuredSections: Sections,
  files: ReadonlyMap<string, VFile>,
  summaryOf: (article: Article) => ArticleSummary
): Term[] {
  const sections = settings(configuredSections)
  const nameOf = (article: Article) =>
    article.section === undefined ? [] : [configured(article.section, sections)?.name ?? article.section]
  const terms = collectTerms(articles, {folder: 'sections', label: 'section', namesOf: nameOf}, files, summaryOf)
  const rank = (term: Term) => {
    const index = sections.findIndex((section) => termKey(section.name) === term.key)
    return index === -1 ? sections.length : index
  }
  for (const term of terms) {
    const slug = sections[rank(term)]?.slug
    if (slug) term.url = `/sections/${slug}/`
  }
  // A stable sort keeps the alphabetical order of the unconfigured ones.
  return terms.sort((a, b) => rank(a) - rank(b))
}

/** The key of the section an article belongs to, to find its term. */
export function sectionKey(article: Article, configuredSections: Sections): string | undefined {
  if (article.section === undefined) return undefined
  return termKey(configured(article.section, settings(configuredSections))?.name ?? article.section)
}
