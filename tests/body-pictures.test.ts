import {describe, expect, it} from 'vitest'
import {articleName} from '../src/parse/article-name.ts'
import {folderSection} from '../src/parse/article.ts'
import {resolvePicture} from '../src/pictures/references.ts'
import {messages, parseText} from './helpers/parse.ts'

const front = '---\ntitle: خبر\ndate: 2024-03-05\n---\n'

describe('pictures in an article', () => {
  it('takes each local body picture out of the HTML, leaving a numbered marker, with its alt, caption and place', () => {
    const text = `${front}نص أول.\n\n![ناخبون في طابور](crowd.jpg "طابور أمام مركز اقتراع")\n\nنص ![شعار](/images/logo.png) داخل الجملة.\n`
    const {article, file} = parseText('politics/vote.md', text)
    expect(messages(file)).toEqual([])
    expect(article!.html).toContain('<!--picture:0-->')
    expect(article!.html).toContain('<p>نص <!--picture:1--> داخل الجملة.</p>')
    expect(article!.html).not.toContain('<img')
    expect(article!.pictures).toEqual([
      {
        src: 'crowd.jpg',
        alt: 'ناخبون في طابور',
        caption: 'طابور أمام مركز اقتراع',
        block: true,
        place: {line: 7, column: 1}
      },
      {src: '/images/logo.png', alt: 'شعار', block: false, place: {line: 9, column: 4}}
    ])
  })

  it('leaves a remote picture in the body as it is', () => {
    const {article} = parseText('a.md', `${front}نص.\n\n![مطر](https://example.org/rain.jpg)\n`)
    expect(article!.html).toContain('<p><img src="https://example.org/rain.jpg" alt="مطر"></p>')
    expect(article!.pictures).toBeUndefined()
  })

  it('warns at a body picture without a description, saying how to write one', () => {
    const {file} = parseText('a.md', `${front}نص.\n\n![](photo.jpg)\n`)
    expect(messages(file)).toEqual(['7:1 warning missing-alt'])
    expect(file.messages[0]!.reason).toContain('`![what it shows](photo.jpg)`')
  })

  it('reads the lead picture with its alt text, caption and credit, in English or Arabic keys', () => {
    const english = parseText(
      'a.md',
      '---\ntitle: خبر\ndate: 2024-03-05\nimage: photo.jpg\nimageAlt: ميناء\nimageCaption: ميناء طرابلس\nimageCredit: "تصوير: سالم"\n---\nنص.\n'
    )
    const arabic = parseText(
      'a.md',
      '---\nالعنوان: خبر\nالتاريخ: 2024-03-05\nالصورة: photo.jpg\nوصف الصورة: ميناء\nتعليق الصورة: ميناء طرابلس\nمصدر الصورة: "تصوير: سالم"\n---\nنص.\n'
    )
    for (const [{article, file}, column] of [
      [english, 8],
      [arabic, 9]
    ] as const) {
      expect(messages(file)).toEqual([])
      expect(article).toMatchObject({
        image: 'photo.jpg',
        imageAlt: 'ميناء',
        imageCaption: 'ميناء طرابلس',
        imageCredit: 'تصوير: سالم',
        places: {image: {line: 4, column}}
      })
    }
  })

  it('refuses a picture address with a scheme other than http(s)', () => {
    const {file} = parseText('a.md', '---\ntitle: خبر\ndate: 2024-03-05\nimage: "javascript:alert(1)"\n---\nنص.\n')
    expect(messages(file)).toEqual(['4:8 error front-matter-type'])
  })
})

describe('an article in a folder of its own', () => {
  it('is named by its folder when its file is index.*', () => {
    expect(articleName('politics/2024-03-05-vote/index.md')).toBe('2024-03-05-vote')
    expect(articleName('politics/vote.md')).toBe('vote')
    expect(articleName('index.md')).toBe('index')
    const {article} = parseText('politics/2024-03-05-vote/index.md', '---\ntitle: خبر\n---\nنص.\n')
    expect(article).toMatchObject({slug: '2024-03-05-vote', date: '2024-03-05', dateSource: 'file-name'})
  })

  it('takes its section from the first folder, unless that is its own folder or a date', () => {
    expect(folderSection('politics/2024-03-05-vote/index.md')).toBe('politics')
    expect(folderSection('politics/vote.md')).toBe('politics')
    expect(folderSection('2024-03-05-vote/index.md')).toBeUndefined()
    expect(folderSection('2024/vote.md')).toBeUndefined()
    expect(folderSection('vote.md')).toBeUndefined()
  })

  it('takes its section from front matter over its folder', () => {
    const {article} = parseText('politics/vote.md', '---\ntitle: خبر\ndate: 2024-03-05\nالقسم: اقتصاد\n---\nنص.\n')
    expect(article!.section).toBe('اقتصاد')
  })
})

describe('where a picture leads', () => {
  const roots = {articles: '/site/articles', public: '/site/public'}

  it('finds a path beside the article, `/…` in public/, and leaves an address as it is', () => {
    expect(resolvePicture('picture.jpg', 'politics/vote/index.md', roots)).toEqual({
      file: '/site/articles/politics/vote/picture.jpg'
    })
    expect(resolvePicture('../shared/map%20big.png', 'politics/vote/index.md', roots)).toEqual({
      file: '/site/articles/politics/shared/map big.png'
    })
    expect(resolvePicture('/images/tripoli.jpg', 'vote.md', roots)).toEqual({file: '/site/public/images/tripoli.jpg'})
    expect(resolvePicture('https://example.org/a.jpg', 'vote.md', roots)).toEqual({remote: 'https://example.org/a.jpg'})
  })

  it('refuses a path out of its folder and a file that is no picture', () => {
    expect(resolvePicture('../../secret.jpg', 'vote.md', roots)).toMatchObject({rule: 'picture-outside'})
    expect(resolvePicture('/../../etc/passwd.png', 'vote.md', roots)).toMatchObject({rule: 'picture-outside'})
    expect(resolvePicture('notes.pdf', 'vote.md', roots)).toMatchObject({rule: 'picture-type'})
  })
})
