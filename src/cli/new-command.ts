import {mkdir, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {suggestSlug} from '../parse/slug.ts'
import type {Io} from './io.ts'

/** Flags of `warraq new`. */
export interface NewFlags {
  articles: string
  txt: boolean
}

/** Today in the machine's time zone, `YYYY-MM-DD`: the editor's day, not UTC's. */
function today(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/**
 * `warraq new "<title>"`: writes a new article with front matter (title,
 * today's date, slug, empty tags) and prints its path. The slug comes from
 * the title's Latin words; a title without any gets the first free dated
 * slug (`2026-11-30-1`). An existing file is never overwritten.
 */
export async function newCommand(
  title: string | undefined,
  flags: NewFlags,
  io: Io,
  now = new Date()
): Promise<number> {
  if (!title?.trim()) {
    io.stderr('Cannot create an article without a title: run `warraq new "عنوان الخبر"`')
    return 2
  }
  const day = today(now)
  const extension = flags.txt ? '.txt' : '.md'
  const latin = title.match(/[a-z0-9]+/gi)
  await mkdir(flags.articles, {recursive: true})
  for (let attempt = 1; ; attempt++) {
    const slug = latin ? suggestSlug(latin.join('-')) : `${day}-${attempt}`
    const file = path.join(flags.articles, slug + extension)
    const text = `---\ntitle: ${JSON.stringify(title.trim())}\ndate: ${day}\nslug: ${slug}\ntags: []\n---\n\n`
    try {
      await writeFile(file, text, {flag: 'wx'})
      io.stdout(file)
      return 0
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      if (latin) {
        io.stderr(
          `Cannot create \`${file}\`: it exists and is never overwritten; choose another title, or edit that file`
        )
        return 1
      }
    }
  }
}
