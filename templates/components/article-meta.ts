import type {Element} from 'hast'
import {h} from 'hastscript'
import type {ArticleLinks} from '../../src/collect/site.ts'
import type {PageContext} from '../../src/render/context.ts'
import type {Article} from '../../src/types.ts'

/** OpenGraph properties of an article, for link previews in social and chat apps. */
export function openGraph(context: PageContext, article: Article, links: ArticleLinks): Element[] {
  const {config, absolute} = context
  const property = (name: string, content: string) => h('meta', {property: name, content})
  return [
    property('og:site_name', config.title),
    property('og:type', 'article'),
    property('og:title', article.title),
    property('og:description', article.summary),
    property('og:url', absolute(article.url)),
    property('og:locale', config.locale.replace('-', '_')),
    ...(article.image ? [property('og:image', imageUrl(context, article.image))] : []),
    property('article:published_time', article.date),
    ...(article.updated ? [property('article:modified_time', article.updated)] : []),
    ...(links.author ? [property('article:author', absolute(links.author.url))] : []),
    ...article.tags.map((tag) => property('article:tag', tag))
  ]
}

/** An article's image as an absolute URL: site-relative paths are resolved against the base URL. */
export function imageUrl(context: PageContext, image: string): string {
  return image.startsWith('/') ? context.absolute(image) : image
}

/**
 * The schema.org `NewsArticle` of an article as a JSON-LD script. `<`, `>`,
 * `&` and the JavaScript line separators are written as `\u` escapes, so no
 * text from an article can close the script element or break the JSON.
 */
export function jsonLd(context: PageContext, article: Article): Element {
  const {config, absolute} = context
  const data = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.summary,
    datePublished: article.date,
    dateModified: article.updated ?? article.date,
    ...(article.author
      ? {author: {'@type': 'Person', name: article.author}}
      : {author: {'@type': 'Organization', name: config.title}}),
    ...(article.image ? {image: [imageUrl(context, article.image)]} : {}),
    ...(article.tags.length > 0 ? {keywords: article.tags} : {}),
    inLanguage: 'ar',
    wordCount: article.wordCount,
    publisher: {'@type': 'Organization', name: config.title, url: config.baseUrl},
    mainEntityOfPage: {'@type': 'WebPage', '@id': absolute(article.url)}
  }
  const json = JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`
  )
  return h('script', {type: 'application/ld+json'}, json)
}
