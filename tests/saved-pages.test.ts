import {toHtml} from 'hast-util-to-html'
import {describe, expect, it} from 'vitest'
import {parseHtmlPage} from '../src/parse/body-html.ts'
import {fixtureCases, type SavedExpected} from './helpers/fixture-cases.ts'

/** Every saved page with its expectations, in folder order. */
const cases = fixtureCases<SavedExpected>('saved', 'input.html')

/** A page in the shape browsers save, with the lines of `head` and `article` spliced in. */
function page(head: string[], article: string[]): string {
  const header =
    '<header><a href="/">الوسط</a><nav><a href="/politics">سياسة</a> <a href="/sport">رياضة</a></nav></header>'
  const opening = ['<!doctype html>', '<html lang="ar" dir="rtl">', '<head>', '<meta charset="utf-8">']
  const body = ['</head>', '<body>', header, '<main><article>', ...article, '</article></main>']
  return [...opening, ...head, ...body, '<footer>جميع الحقوق محفوظة © 2025</footer>', '</body>', '</html>', ''].join(
    '\n'
  )
}

const prose = [
  'أعلنت الحكومة اليوم عن خطة جديدة لتحسين إمدادات المياه في المدن الساحلية، تشمل إنشاء ثلاث محطات تحلية.',
  'وقال وزير الموارد المائية في مؤتمر صحفي إن الخطة ستنفذ على مرحلتين، الأولى تبدأ مطلع العام المقبل.',
  'ويرى خبراء أن الخطة خطوة في الاتجاه الصحيح، لكنهم يحذرون من أن نجاحها مرهون بقدرة المؤسسات على التنفيذ.'
]
const paragraphs = prose.map((text) => `<p>${text}</p>`)

describe('articles extracted from saved web pages', () => {
  it('has the twelve labelled pages', () => {
    expect(cases.map((item) => item.name)).toHaveLength(12)
  })

  it.each(cases.map((item) => [item.name, item] as const))(
    '%s gives its headline, dates, author, summary, image and paragraphs',
    (_, item) => {
      const {metadata, body, problems} = parseHtmlPage(item.input)
      const {title, date, updated, author, summary, image, paragraphs} = item.expected
      expect({
        title: metadata.title ?? null,
        date: metadata.date ?? null,
        updated: metadata.updated ?? null,
        author: metadata.author ?? null,
        summary: metadata.summary ?? null,
        image: metadata.image ?? null,
        paragraphs: body.paragraphs
      }).toEqual({title, date, updated, author, summary, image, paragraphs})
      expect(problems).toEqual([])
    }
  )

  it.each(cases.map((item) => [item.name, item] as const))('%s lets no active content into the body', (_, item) => {
    expect(toHtml(parseHtmlPage(item.input).body.tree)).not.toMatch(
      /<(?:script|style|iframe|form)|\son\w+=|javascript:/i
    )
  })

  it('removes scripts, styles, frames, forms, event handlers and javascript: URLs from the article itself', () => {
    const hostile = page(
      ['<title>خطة للمياه</title>'],
      [
        '<h1>خطة للمياه</h1>',
        `<p onclick="steal()">${prose[0]} <a href="javascript:alert(1)">رابط</a> <img src="https://x.ly/a.jpg" onerror="f()"></p>`,
        '<script>document.write("<p>نص من سكربت</p>")</script><style>p{color:red}</style>',
        '<iframe src="https://evil.example/frame"></iframe><form action="/x"><input name="q"><button>بحث</button></form>',
        `<p style="color:red">${prose[1]} <svg onload="steal()"><text>رسم</text></svg></p>`,
        `<p>${prose[2]} <a href="https://example.ly/" onmouseover="steal()">مصدر</a></p>`
      ]
    )
    const {body} = parseHtmlPage(hostile)
    expect(toHtml(body.tree)).not.toMatch(
      /<(?:script|style|iframe|form|input|button|svg)|\son\w+=|javascript:|style=|سكربت|رسم/i
    )
    expect(toHtml(body.tree)).toContain('<a href="https://example.ly/">مصدر</a>')
    expect(body.paragraphs).toEqual([`${prose[0]} رابط`, prose[1], `${prose[2]} مصدر`])
  })

  it('reports a page that holds no article, such as a home page of headlines', () => {
    const headlines = prose.map((text, index) => `<li><a href="/a/${index}">${text}</a></li>`)
    const {body, problems} = parseHtmlPage(page(['<title>الوسط | الرئيسية</title>'], ['<ul>', ...headlines, '</ul>']))
    expect(body.paragraphs).toEqual([])
    expect(problems).toEqual([
      {
        reason:
          "Unexpected page without article text, expected a saved news article; save the article's own page, or paste its text into a .txt file",
        ruleId: 'html-without-article',
        place: {line: 1, column: 1}
      }
    ])
  })

  it('keeps out the headline, byline, date, view count, lead figure, tags and a closing box title', () => {
    const source = page(
      ['<meta property="og:image" content="https://x.ly/lead.jpg">', '<meta property="og:title" content="خطة للمياه">'],
      [
        '<div class="story"><p>خطة للمياه</p>',
        '<p><span>بقلم: سالم الورفلي</span> <time datetime="2025-12-05">5 ديسمبر 2025</time> <span>1,482 مشاهدة</span></p>',
        '<p><img src="https://x.ly/lead.jpg"></p><p>محطة تحلية في طرابلس (أرشيفية)</p>',
        ...paragraphs,
        '<p>الوسوم: <a href="/t/1">مياه</a></p><h3>لا تفوّت أي خبر</h3></div>'
      ]
    )
    expect(parseHtmlPage(source).body.paragraphs).toEqual(prose)
  })

  it('reports invalid JSON-LD at its script and falls back to the page’s other metadata', () => {
    const head = [
      '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "عنوان",}</script>',
      '<meta property="og:title" content="خطة للمياه - الوسط">',
      '<meta property="og:site_name" content="الوسط">'
    ]
    const {metadata, problems} = parseHtmlPage(page(head, paragraphs))
    expect(metadata.title).toBe('خطة للمياه')
    expect(metadata.places.title).toEqual({line: 6, column: 36})
    expect(problems).toEqual([
      {
        reason:
          'Unexpected invalid JSON-LD in `<script type="application/ld+json">`, expected JSON; the page\'s other metadata was used',
        ruleId: 'json-ld-syntax',
        place: {line: 5, column: 1}
      }
    ])
  })
})

describe('metadata of saved pages', () => {
  it('places each value at its line and column in the source', () => {
    const head = [
      '<script type="application/ld+json">',
      '{"@type": ["NewsArticle"], "headline": "خطة للمياه",',
      ' "datePublished": "2025-12-05T23:30:00-05:00", "dateModified": "2025-12-05T23:50:00-05:00",',
      ' "author": [{"@type": "Person", "name": "سالم الورفلي"}, "هدى المصراتي"]}',
      '</script>'
    ]
    const {metadata} = parseHtmlPage(page(head, ['<h1>خطة للمياه</h1>', ...paragraphs]))
    // The day as written: converting 23:30 at UTC-5 to UTC would give the 6th.
    expect(metadata).toMatchObject({
      title: 'خطة للمياه',
      date: '2025-12-05',
      author: 'سالم الورفلي، هدى المصراتي',
      raw: {date: '2025-12-05T23:30:00-05:00', updated: '2025-12-05T23:50:00-05:00'},
      places: {title: {line: 6, column: 41}, date: {line: 7, column: 20}, author: {line: 8, column: 42}}
    })
    expect(metadata.updated).toBeUndefined()
  })

  it('takes the date of the article’s <time> and the headline from <title> without the site’s name', () => {
    const head = ['<title>خطة للمياه | صحيفة الوسط</title>', '<meta name="description" content="  خطة', ' جديدة ">']
    const {metadata} = parseHtmlPage(page(head, ['<time datetime="2025-13-40">اليوم</time>', ...paragraphs]))
    expect(metadata).toMatchObject({title: 'خطة للمياه', summary: 'خطة جديدة', raw: {date: '2025-13-40'}})
    expect(metadata.date).toBeUndefined()
  })

  it('resolves relative links against the page’s address, and unwraps those it cannot resolve', () => {
    const body = [`<p>${prose[0]} <a href="/tag/water">المياه</a> <a href="#note">ملاحظة</a></p>`, paragraphs[1]!]
    const resolved = parseHtmlPage(page(['<link rel="canonical" href="https://alwasat.example/news/1">'], body))
    expect(toHtml(resolved.body.tree)).toContain('<a href="https://alwasat.example/tag/water">المياه</a> ملاحظة</p>')
    expect(toHtml(parseHtmlPage(page([], body)).body.tree)).toContain(' المياه ملاحظة</p>')
  })
})
