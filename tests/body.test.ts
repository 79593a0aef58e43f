import {describe, expect, it} from 'vitest'
import {parseText} from './helpers/parse.ts'

function bodyHtml(path: string, text: string): string {
  const {article} = parseText(path, text)
  if (!article) throw new Error('expected an article')
  return article.html
}

describe('plain text and Markdown bodies', () => {
  it('makes every non-empty line of plain text one paragraph', () => {
    expect(bodyHtml('a.txt', 'سطر أول.\nسطر ثان.\n\n\nسطر ثالث.')).toBe(
      '<p>سطر أول.</p>\n<p>سطر ثان.</p>\n<p>سطر ثالث.</p>'
    )
  })

  it('keeps Markdown characters in plain text as literal text', () => {
    expect(bodyHtml('a.txt', 'نص.\n# ليس عنوانا *ولا تأكيدا* _ولا_ > اقتباسا\n')).toBe(
      '<p>نص.</p>\n<p># ليس عنوانا *ولا تأكيدا* _ولا_ > اقتباسا</p>'
    )
  })

  it('escapes markup characters in plain text', () => {
    expect(bodyHtml('a.txt', 'نص.\n<b>عريض</b> & <script>x</script>.\n')).toBe(
      // The Latin runs are isolated for right-to-left display; the markup characters stay escaped text.
      '<p>نص.</p>\n<p><bdi dir="ltr">&#x3C;b></bdi>عريض<bdi dir="ltr">&#x3C;/b> &#x26; &#x3C;script>x&#x3C;/script></bdi>.</p>'
    )
  })

  it('reads Markdown as CommonMark: blank lines separate paragraphs, a single break does not', () => {
    expect(bodyHtml('a.md', 'سطر أول\nيكمل الفقرة.\n\nفقرة *ثانية*.')).toBe(
      '<p>سطر أول\nيكمل الفقرة.</p>\n<p>فقرة <em>ثانية</em>.</p>'
    )
  })

  it('drops raw HTML in Markdown instead of passing it through', () => {
    const html = bodyHtml('a.md', 'نص.\n\n<script>alert(1)</script>\n\n<b onclick="x()">عريض</b> نص.')
    expect(html).not.toMatch(/<script|<b|onclick/)
    expect(html).toContain('عريض')
  })

  it('does not render javascript: or data: URLs as links', () => {
    const html = bodyHtml(
      'a.md',
      '[أ](javascript:alert(1)) [ب](data:text/html,x) ![ج](data:image/png;base64,xx) [د](https://example.org/)'
    )
    expect(html).not.toMatch(/javascript:|data:/)
    expect(html).toMatch(/^<p>أ ب /)
    expect(html).toContain('<a href="https://example.org/">د</a>')
  })

  it('lists the text of each Markdown block as a paragraph', () => {
    const {article} = parseText('a.md', 'فقرة **أولى**.\n\n- بند\n- بند آخر\n')
    expect(article?.paragraphs).toEqual(['فقرة أولى.', 'بند بند آخر'])
  })
})
