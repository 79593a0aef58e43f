import chardet from 'chardet'
import iconv from 'iconv-lite'
import {blankDisallowed} from '../parse/characters.ts'

/** Legacy Arabic encodings Warraq recognizes, as chardet names them. */
const arabicEncodings = new Set(['windows-1256', 'ISO-8859-6'])
/** Lowest chardet confidence (0-100) at which a legacy Arabic guess is taken. */
const MIN_CONFIDENCE = 20
/** Share of non-ASCII characters that must decode to Arabic script for a guess to be believed. */
const MIN_ARABIC_SHARE = 0.9

/** What the bytes of a file turned out to be. */
export type Decoded =
  | {kind: 'text'; text: string; encoding: string; legacy: boolean}
  | {kind: 'binary'}
  | {kind: 'unknown'; guess?: string}

/** Lowest chardet confidence at which its guess is worth naming to the editor. */
const NAMED_GUESS_CONFIDENCE = 30

const utf8 = new TextDecoder('utf-8', {fatal: true})

/**
 * Text as every later stage expects it: LF line ends (CRLF and the lone CR
 * of old Mac exports become LF), and characters HTML does not allow replaced
 * by spaces, so columns in messages stay true.
 */
export function normalizeText(text: string): string {
  return blankDisallowed(text.replace(/\r\n?/g, '\n'))
}

/**
 * Decodes an article file: UTF-8 (with or without BOM), UTF-16 with a BOM,
 * or a legacy Arabic encoding that chardet detects with confidence and that
 * decodes to Arabic text. NUL bytes or many control bytes mean binary.
 */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes, 'utf-16le')
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes, 'utf-16be')
  if (looksBinary(bytes)) return {kind: 'binary'}
  try {
    return {kind: 'text', text: normalizeText(utf8.decode(bytes)), encoding: 'UTF-8', legacy: false}
  } catch {
    return legacy(bytes)
  }
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  try {
    const text = new TextDecoder(encoding, {fatal: true}).decode(bytes)
    return text.includes('\0')
      ? {kind: 'binary'}
      : {kind: 'text', text: normalizeText(text), encoding: encoding.toUpperCase(), legacy: false}
  } catch {
    return {kind: 'unknown', guess: encoding.toUpperCase()}
  }
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192)
  let control = 0
  for (const byte of sample) {
    if (byte === 0) return true
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b)) control++
  }
  return control > sample.length / 10
}

function legacy(bytes: Uint8Array): Decoded {
  const best = chardet.analyse(bytes)[0]
  if (!best || !arabicEncodings.has(best.name) || best.confidence < MIN_CONFIDENCE) {
    return best && best.confidence >= NAMED_GUESS_CONFIDENCE ? {kind: 'unknown', guess: best.name} : {kind: 'unknown'}
  }
  const text = iconv.decode(Buffer.from(bytes), best.name)
  const foreign = [...text].filter((character) => character > '\u007f')
  const arabic = foreign.filter((character) =>
    /[\p{Script=Arabic}\u00a0\u00ab\u00bb\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u200c-\u200f]/u.test(character)
  )
  if (foreign.length === 0 || arabic.length / foreign.length < MIN_ARABIC_SHARE)
    return {kind: 'unknown', guess: best.name}
  return {kind: 'text', text: normalizeText(text), encoding: best.name, legacy: true}
}
