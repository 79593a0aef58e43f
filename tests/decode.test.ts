import {readFileSync} from 'node:fs'
import iconv from 'iconv-lite'
import {describe, expect, it} from 'vitest'
import {decode} from '../src/load/decode.ts'

// The seed with its curly quotes made straight: neither legacy code page has them.
const seed = readFileSync(new URL('../articles/haftar-ankara.txt', import.meta.url), 'utf8').replace(/[“”]/g, '"')

describe('decoding article files', () => {
  it.each([
    ['utf-16le', [0xff, 0xfe]],
    ['utf-16be', [0xfe, 0xff]]
  ] as const)('decodes %s with a byte-order mark', (encoding, bom) => {
    const body =
      encoding === 'utf-16le' ? Buffer.from('عنوان\r\nنص.', 'utf16le') : Buffer.from('عنوان\r\nنص.', 'utf16le').swap16()
    expect(decode(new Uint8Array([...bom, ...body]))).toEqual({
      kind: 'text',
      text: 'عنوان\nنص.',
      encoding: encoding.toUpperCase(),
      legacy: false
    })
  })

  it.each([['windows-1256'], ['ISO-8859-6']])('detects and decodes a news article in %s', (encoding) => {
    const decoded = decode(iconv.encode(seed, encoding))
    expect(decoded).toEqual({kind: 'text', text: seed, encoding, legacy: true})
  })

  it('detects Windows-1256 under ASCII front matter', () => {
    const text = '---\ntitle: عنوان الخبر\ndate: 2024-03-05\n---\nنص الخبر هنا وهو قصير.\n'
    expect(decode(iconv.encode(text, 'windows-1256'))).toMatchObject({kind: 'text', text, encoding: 'windows-1256'})
  })

  it('is not confident about three Arabic letters in a legacy encoding', () => {
    expect(decode(iconv.encode('خبر', 'windows-1256')).kind).toBe('unknown')
  })

  it('does not take Latin-1 French for Arabic', () => {
    const decoded = decode(iconv.encode('Le ministre a annoncé une réforme économique à la télévision.', 'latin1'))
    expect(decoded.kind).toBe('unknown')
  })

  it('takes bytes with NUL as binary', () => {
    expect(decode(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toEqual({
      kind: 'binary'
    })
  })

  it('takes UTF-8 with or without a byte-order mark as the same text', () => {
    const plain = decode(Buffer.from('نص'))
    expect(decode(Buffer.from([0xef, 0xbb, 0xbf, ...Buffer.from('نص')]))).toEqual(plain)
  })
})
