import type {VFile} from 'vfile'
import {fail, type Place} from '../messages.ts'
import type {FrontMatterKey} from './front-matter-keys.ts'
import {type Pairs, setOwn} from './front-matter-pairs.ts'
import {termKey} from './term-key.ts'
import {cleanText} from './words.ts'

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
  imageAlt?: string
  imageCaption?: string
  imageCredit?: string
  section?: string
  draft?: boolean
  extra: Record<string, unknown>
}

/** What each key holds, with an example written with the key as the editor wrote it (`العنوان: …` for `title`). */
const expected = {
  title: (key) => `text, such as \`${key}: انتخابات بلدية في طرابلس\``,
  date: (key) => `a day such as \`${key}: 2024-03-05\``,
  updated: (key) => `a day such as \`${key}: 2024-03-06\``,
  author: (key) => `a name, such as \`${key}: سالم علي\``,
  tags: (key) => `a list such as \`${key}: [سياسة, اقتصاد]\`, or text separated by commas`,
  slug: (key) => `a name for the URL, such as \`${key}: municipal-elections\``,
  summary: () => 'text',
  image: (key) =>
    `a picture beside the article, such as \`${key}: photo.jpg\`, one in public/, such as \`${key}: /images/photo.jpg\`, or an address such as \`${key}: https://example.org/photo.jpg\``,
  imageAlt: (key) => `text saying what the picture shows, such as \`${key}: ناخبون أمام مركز اقتراع\``,
  imageCaption: (key) => `text, such as \`${key}: ناخبون أمام مركز اقتراع في طرابلس\``,
  imageCredit: (key) => `a name, such as \`${key}: "تصوير: سالم علي"\``,
  section: (key) => `a section name, such as \`${key}: سياسة\``,
  draft: () => '`true` or `false`'
} satisfies Record<FrontMatterKey, (key: string) => string>

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'list'
  if (typeof value === 'object') return 'mapping'
  return `${typeof value === 'string' ? 'text' : typeof value} \`${String(value)}\``
}

/**
 * Checks the types of the known front matter keys, reporting each wrong one
 * at its value's position by the name the editor wrote. Empty values count
 * as absent; keys Warraq does not read go to `extra` as they are.
 */
export function readFields(file: VFile, {data, places, names}: Pairs): Fields {
  const fields: Fields = {extra: {}}
  const wrong = (key: keyof typeof expected, value: unknown) => {
    const name = names.get(key) ?? key
    fail(
      file,
      `Unexpected ${describe(value)} for \`${name}\`, expected ${expected[key](name)}`,
      'front-matter-type',
      places.get(key)
    )
  }
  for (const [key, value] of Object.entries(data)) {
    if (!Object.hasOwn(expected, key)) {
      setOwn(fields.extra, key, value)
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
      if (typeof value === 'string' && isPictureAddress(value.trim())) fields.image = value.trim()
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

/**
 * Whether `value` can name a picture: an http(s) address, or a path without
 * a scheme (`data:`, `javascript:`) or spaces; whether the file is there is
 * checked when pictures are gathered, every build.
 */
function isPictureAddress(value: string): boolean {
  return /^https?:\/\/[^\s/]+[^\s]*$/i.test(value) || (!/^[a-z][a-z\d+.-]*:/i.test(value) && /^[^\s]+$/.test(value))
}

/**
 * Tags from text split on `,` and `،`, or from a list whose items are split
 * on `،`: YAML does not know the Arabic comma, so `[صحة، درنة]` is one item
 * to it but two tags to the editor. A Latin comma inside a quoted list item
 * was put there on purpose; `؛` separates clauses, not tags, so neither splits.
 */
function readTags(value: unknown): string[] | undefined {
  let items: unknown[]
  if (typeof value === 'string') items = value.split(/[,،]/u)
  else if (Array.isArray(value)) items = value.flatMap((item) => (typeof item === 'string' ? item.split('،') : [item]))
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
