import type {PageProblem} from './source-place.ts'
import {placeAt} from './source-place.ts'
import {cleanText} from './words.ts'

/** A JSON-LD node: an object of a page's linked data. */
export type LdNode = Record<string, unknown>

const articleTypes = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|OpinionNewsArticle)$/

/** Every node of every JSON-LD script, `@graph` members included; reports each script that is not JSON. */
export function linkedData(document: Document, source: string, problems: PageProblem[]): LdNode[] {
  const nodes: LdNode[] = []
  const opening = /<script\b[^>]*application\/ld\+json/gi
  for (const script of document.querySelectorAll('script')) {
    if (!/^\s*application\/ld\+json/i.test(script.getAttribute('type') ?? '')) continue
    const at = opening.exec(source)?.index ?? 0
    const data = parseJson(script.textContent ?? '')
    if (data !== undefined) nodes.push(...flatten(data))
    else
      problems.push({
        reason:
          'Unexpected invalid JSON-LD in `<script type="application/ld+json">`, expected JSON; ' +
          "the page's other metadata was used",
        ruleId: 'json-ld-syntax',
        place: placeAt(source, at)
      })
  }
  return nodes
}

/** JSON as CMSs write it, tolerating a comment or CDATA wrapper and raw line breaks inside strings. */
function parseJson(script: string): unknown {
  for (const attempt of [script, script.replace(/<!--|-->|\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>|[\0-\x1f]/g, ' ')]) {
    try {
      return JSON.parse(attempt)
    } catch {}
  }
  return undefined
}

function flatten(data: unknown): LdNode[] {
  if (Array.isArray(data)) return data.flatMap(flatten)
  if (typeof data !== 'object' || data === null) return []
  return [data as LdNode, ...flatten((data as LdNode)['@graph'])]
}

/** `@type` as a list of bare names: `https://schema.org/NewsArticle` is `NewsArticle`. */
export function typesOf(node: LdNode): string[] {
  return [node['@type']].flat().map((type) => String(type).replace(/^.*[/:]/, ''))
}

/** Whether `node` is the article: a news or blog type, or a `WebPage` stating a headline. */
export function isArticleNode(node: LdNode): boolean {
  const types = typesOf(node)
  return (
    types.some((type) => articleTypes.test(type)) || (types.includes('WebPage') && text(node.headline) !== undefined)
  )
}

/** A node, or the node another refers to by `@id` alone, as `@graph` pages write `author` and `image`. */
function resolve(value: unknown, nodes: LdNode[]): LdNode | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const id = (value as LdNode)['@id']
  return nodes.find((node) => id !== undefined && node['@id'] === id && node !== value) ?? (value as LdNode)
}

/** The names in a JSON-LD `author` or `publisher`: a string, a node with `name`, or a list of either. */
export function ldNames(value: unknown, nodes: LdNode[]): string[] {
  return [value].flat().flatMap((item) => text(item) ?? text(resolve(item, nodes)?.name) ?? [])
}

/** A JSON-LD `image`: a URL, a node with `url` (or `contentUrl`), or a list whose first item is one. */
export function imageUrl(value: unknown, nodes: LdNode[]): string | undefined {
  const first = [value].flat()[0]
  const node = resolve(first, nodes)
  return text(first) ?? text(node?.url) ?? text(node?.contentUrl)
}

/** A string value as clean text; `undefined` for any other value, or a string of white space only. */
export function text(value: unknown): string | undefined {
  return typeof value === 'string' ? cleanText(value) || undefined : undefined
}
