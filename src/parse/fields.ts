import type {VFile} from 'vfile'
import {fail, type Place} from '../messages.ts'
import {termKey} from './term-key.ts'
import {cleanText} from './words.ts'

/** The front matter keys Warraq understands; any other key is kept in `extra`. */
export const knownKeys = ['title', 'date', 'updated', 'author', 'tags', 'slug', 'summary', 'image', 'draft'] as const

/** Front matter values after type checks; a key is absent when missing or invalid. */
export interface Fields {
  title?: string
  date?: string
  updated?: string
  author?: string
  tags?: string[]
  slug?: string
  summary?: string
  image?: string
  draft?: boolean
  extra: Record<string, unknown>
}

const expected = {
  title: 'text, such as `title: انتخابات بلدية في طرابلس`',
  date: 'a day such as `date: 2024-03-05`',
  updated: 'a day such as `updated: 2024-03-06`',
  author: 'a name, such as `author: سالم علي`',
  tags: 'a list such as `tags: [سياسة, اقتصاد]`, or text separated by commas',
  slug: 'a name for the URL, such as `slug: municipal-elections`',
  summary: 'text',
  image: 'an image URL such as `image: https://example.org/photo.jpg` or `image: /images/photo.jpg`',
  draft: '`true` or `false`'
} satisfies Record<(typeof knownKeys)[number], string>

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'list'
  if (typeof value === 'object') return 'mapping'
  return `${typeof value === 'string' ? 'text' : typeof value} \`${String(value)}\``
}

/**
 * Checks the types of the known front matter keys, reporting each wrong one
 * at its value's position. Empty values count as absent.
 */
export function readFields(file: VFile, data: Record<string, unknown>, places: Map<string, Place>): Fields {
  const fields: Fields = {extra: {}}
  const wrong = (key: keyof typeof expected, value: unknown) => {
    fail(
      file,
      `Unexpected ${describe(value)} for \`${key}\`, expected ${expected[key]}`,
      'front-matter-type',
      places.get(key)
    )
  }
  for (const [key, value] of Object.entries(data)) {
    if (!(knownKeys as readonly string[]).includes(key)) {
      fields.extra[key] = value
      continue
    }
    if (value === null || value === '') continue
    const name = key as keyof typeof expected
    if (name === 'draft') {
      if (typeof value === 'boolean') fields.draft = value
      else wrong(name, value)
    } else if (name === 'tags') {
      const tags = readTags(value)
      if (!tags) wrong(name, value)
      else if (tags.every((tag) => checkTag(file, tag, places.get(name)))) fields.tags = tags
    } else if (name === 'image') {
      if (typeof value === 'string' && /^(https?:\/\/[^\s/]+|\/)[^\s]*$/i.test(value.trim()))
        fields.image = value.trim()
      else wrong(name, value)
    } else if (
      typeof value === 'string' ||
      (typeof value === 'number' && (name === 'slug' || name === 'date' || name === 'updated'))
    ) {
      const text =
        name === 'slug' || name === 'date' || name === 'updated' ? String(value).trim() : cleanText(String(value))
      // Only spaces or invisible characters: as if the key were not there.
      if (text !== '') fields[name] = text
    } else {
      wrong(name, value)
    }
  }
  return fields
}

function readTags(value: unknown): string[] | undefined {
  let items: unknown[]
  if (typeof value === 'string') items = value.split(/[,،]/u)
  else if (Array.isArray(value)) items = value
  else return undefined
  if (!items.every((item) => typeof item === 'string' || typeof item === 'number')) return undefined
  // One tag per identity: spellings that differ only in marks a reader cannot see are one tag.
  const tags = new Map<string, string>()
  for (const tag of items.map((item) => cleanText(String(item)))) {
    // A tag of invisible marks only keeps its own spelling, for checkTag to refuse.
    const key = termKey(tag) || tag
    if (tag !== '' && !tags.has(key)) tags.set(key, tag)
  }
  return [...tags.values()]
}

/**
 * Whether `tag` can name a page: it needs a letter or digit, and may not
 * look like a path (`/`, `\\`, `..`), which could reach outside the tags folder.
 */
function checkTag(file: VFile, tag: string, place: Place | undefined): boolean {
  if (/[/\\]|^\.+$/u.test(tag)) {
    fail(
      file,
      `Unexpected \`/\`, \`\\\` or dots in tag \`${tag}\`, expected a name: a tag names a page; write \`${tagSuggestion(tag)}\``,
      'invalid-tag',
      place
    )
    return false
  }
  if (!/[\p{L}\p{N}]/u.test(termKey(tag))) {
    fail(
      file,
      `Unexpected tag \`${tag}\` without letters or digits, expected a word; a tag names a page`,
      'invalid-tag',
      place
    )
    return false
  }
  return true
}

function tagSuggestion(tag: string): string {
  return (
    tag
      .replace(/[/\\]+/g, '-')
      .replace(/\.{2,}/g, '')
      .replace(/^[-.\s]+|[-.\s]+$/g, '') || 'وسم'
  )
}
