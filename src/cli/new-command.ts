import {mkdir, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {localDay} from '../collect/publish.ts'
import {suggestSlug} from '../parse/slug.ts'
import type {Io} from './io.ts'
import {takenSlugs} from './taken-slugs.ts'
import {exitCodes} from '../errors.ts'

/** Flags of `warraq new`. */
export interface NewFlags {
  articles: string
  txt: boolean
}

/** Longest slug `new` makes, in characters: a short URL, and a file name far below the system's limit. */
const MAX_SLUG = 60

/**
 * The slug of a new article: the title's Latin words when it has any (a
 * newsroom that writes `Tripoli elections` wants that URL), else its Arabic
 * words without diacritics or tatweel, cut at a word to `MAX_SLUG`.
 */
export function slugForTitle(title: string): string {
  const latin = title.match(/[a-z0-9]+/gi)
  const words = latin ? latin.join('-') : title.replace(/[\u0640\u064B-\u065F\u0670\u06D6-\u06ED]/g, '')
  const slug = suggestSlug(words)
  if (slug.length <= MAX_SLUG) return slug
  const cut = slug.slice(0, MAX_SLUG + 1)
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : MAX_SLUG)
}

/**
 * `warraq new "<title>"`: writes a draft article with front matter (title,
 * today's date, a slug no article has, empty tags, `draft: true`) and prints
 * its path. A slug that another article has (by its front matter or its file
 * name, whatever the extension) gets `-2`, `-3`…; no file is ever overwritten.
 */
export async function newCommand(
  title: string | undefined,
  flags: NewFlags,
  io: Io,
  now = new Date()
): Promise<number> {
  if (!title?.trim()) {
    io.stderr('Cannot create an article without a title: run `warraq new "عنوان الخبر"`')
    return exitCodes.usage
  }
  const day = localDay(now)
  const extension = flags.txt ? '.txt' : '.md'
  const base = slugForTitle(title)
  await mkdir(flags.articles, {recursive: true})
  const taken = await takenSlugs(flags.articles)
  for (let attempt = 1; ; attempt++) {
    const slug = attempt === 1 ? base : `${base}-${attempt}`
    if (taken.has(slug)) continue
    const file = path.join(flags.articles, slug + extension)
    const text = `---\ntitle: ${JSON.stringify(title.trim())}\ndate: ${day}\nslug: ${slug}\ntags: []\ndraft: true\n---\n\n`
    try {
      await writeFile(file, text, {flag: 'wx'})
    } catch (error) {
      // Written by someone else since the folder was read: take the next name.
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue
      throw error
    }
    io.stdout(file)
    io.stderr(
      `Wrote a draft: open \`${file}\`, write the article below its front matter, and remove \`draft: true\` to publish it; \`warraq serve\` shows it meanwhile`
    )
    return exitCodes.done
  }
}
