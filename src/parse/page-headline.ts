import {cleanText} from './words.ts'

/** `title` without a site name after a dash or bar; for `<title>`, without any short tail after ` | `. */
export function withoutSiteName(title: string, names: string[], anyTail: boolean): string {
  for (const tail of names.flatMap((name) => [' - ', ' | ', ' – ', ' — '].map((separator) => separator + name))) {
    if (title.endsWith(tail) && title.length > tail.length) return title.slice(0, -tail.length).trim()
  }
  const bar = title.lastIndexOf(' | ')
  return anyTail && bar > 0 && title.slice(bar + 3).split(' ').length <= 4 ? title.slice(0, bar).trim() : title
}

/** The article's `<h1>`: in `<article>` or `<main>`, else outside the page's chrome; never a logo naming the site. */
export function headlineElement(document: Document, names: string[]): Element | undefined {
  const headings = [...document.querySelectorAll('h1')].filter((heading) => {
    const value = cleanText(heading.textContent ?? '')
    return value !== '' && !names.includes(value)
  })
  return (
    headings.find((heading) => heading.closest('article, main')) ??
    headings.find((heading) => !heading.closest('header, nav, aside, footer')) ??
    headings[0]
  )
}

/** The article's `<time datetime>`: in the headline's `<article>`, else the first after the headline, or on the page. */
export function articleTime(document: Document, headline: Element | undefined): Element | undefined {
  const scoped = headline?.closest('article')?.querySelector('time[datetime]')
  if (scoped) return scoped
  const marks = [...document.querySelectorAll('h1, time[datetime]')]
  const after = marks.slice(headline ? marks.indexOf(headline) + 1 : 0).find((mark) => mark.tagName === 'TIME')
  return after ?? document.querySelector('time[datetime]') ?? undefined
}
