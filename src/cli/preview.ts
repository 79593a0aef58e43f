import type {VFile} from 'vfile'
import {cleanText} from '../parse/words.ts'
import type {Article} from '../types.ts'

/** How the date of an article was found, in the words of the preview. */
const dateSources: Record<Article['dateSource'], string> = {
  'front-matter': 'from front matter',
  text: 'from a date line in the text',
  page: "from the page's metadata",
  'file-name': 'from the file name',
  git: 'the day of its last commit',
  modified: 'the day the file was last changed'
}

/**
 * What `warraq check FILE` shows of one article: the headline, date, author
 * and tags a reader will see, every paragraph that will be published with
 * its line, and every line taken out with the reason.
 */
export function previewArticle(shown: string, source: string, file: VFile, article: Article | undefined): string {
  const out = [shown]
  if (!article) {
    out.push('  Not published: see the messages above.')
    return out.join('\n')
  }
  out.push(
    `  Headline   ${article.title}`,
    `  Date       ${article.date} (${dateSources[article.dateSource]})${article.updated ? `, updated ${article.updated}` : ''}`,
    `  Author     ${article.author ?? '—'}`,
    `  Tags       ${article.tags.length > 0 ? article.tags.join('، ') : '—'}`,
    `  Published: ${article.paragraphs.length} paragraph${article.paragraphs.length === 1 ? '' : 's'}`
  )
  const lines = source.split(/\r\n?|\n/).map(cleanText)
  let from = 0
  for (const paragraph of article.paragraphs) {
    const found = lines.indexOf(paragraph, from)
    if (found !== -1) from = found + 1
    out.push(`  ${found === -1 ? '    ' : String(found + 1).padStart(4)} │ ${paragraph}`)
  }
  const removed = file.messages.filter((message) => message.fatal === undefined && message.reason.startsWith('Removed'))
  out.push(`  Taken out: ${removed.length} line${removed.length === 1 ? '' : 's'}`)
  for (const message of [...removed].sort((a, b) => (a.line ?? 0) - (b.line ?? 0))) {
    out.push(
      `  ${String(message.line ?? 1).padStart(4)} │ ${message.reason.slice('Removed '.length)} [${message.ruleId}]`
    )
  }
  return out.join('\n')
}
