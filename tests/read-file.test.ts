import {mkdtemp, utimes, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {decode} from '../src/load/decode.ts'
import {readArticleFile} from '../src/load/read-file.ts'
import {messages, parseText} from './helpers/parse.ts'

const text = '---\ntitle: عنوان\ndate: 2024-03-05\n---\nسطر أول.\nسطر ثان.\nزر الذهاب إلى الأعلى\n'
const bom = new Uint8Array([0xef, 0xbb, 0xbf])

function recordOf(bytes: Uint8Array) {
  const decoded = decode(bytes)
  if (decoded.kind !== 'text') throw new Error('expected text')
  const {article, file} = parseText('a.txt', decoded.text)
  return {article, messages: messages(file)}
}

describe('reading files', () => {
  it('gives the same record for UTF-8 with a byte-order mark and CRLF line ends as for clean UTF-8 with LF', () => {
    const clean = recordOf(new TextEncoder().encode(text))
    const windows = recordOf(new Uint8Array([...bom, ...new TextEncoder().encode(text.replaceAll('\n', '\r\n'))]))
    expect(clean.article?.title).toBe('عنوان')
    expect(clean.article?.paragraphs).toEqual(['سطر أول.', 'سطر ثان.'])
    expect(windows).toEqual(clean)
  })

  it('treats lone CR line ends like LF', () => {
    expect(decode(new TextEncoder().encode('أ\rب\r\nج\n'))).toMatchObject({kind: 'text', text: 'أ\nب\nج\n'})
  })

  it('reports a file that is not UTF-8 as an error naming the encoding problem', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'warraq-read-'))
    // "مرحبا" in Windows-1256: not valid UTF-8.
    await writeFile(path.join(folder, 'old.txt'), new Uint8Array([0xe3, 0xd1, 0xcd, 0xc8, 0xc7]))
    const file = await readArticleFile(folder, 'old.txt')
    expect(messages(file)).toEqual(['1:1 error encoding'])
    expect(file.messages[0]?.reason).toMatch(
      /expected UTF-8 .*convert it to UTF-8, for example `iconv -f WINDOWS-1256 -t UTF-8 "old.txt" > converted.txt`/
    )
  })

  it('records the modification day in UTC', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'warraq-read-'))
    const file = path.join(folder, 'a.txt')
    await writeFile(file, 'أ')
    await utimes(file, new Date('2022-02-03T23:30:00Z'), new Date('2022-02-03T23:30:00Z'))
    expect((await readArticleFile(folder, 'a.txt')).data.modifiedDay).toBe('2022-02-03')
  })

  it('reports an unreadable path as an error instead of throwing', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'warraq-read-'))
    const file = await readArticleFile(folder, 'missing.txt')
    expect(messages(file)).toEqual(['1:1 error unreadable-file'])
  })
})
