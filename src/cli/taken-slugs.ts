import {readFile} from 'node:fs/promises'
import path from 'node:path'
import pMap from 'p-map'
import {listArticleFiles} from '../load/list-files.ts'
import {articleName} from '../parse/article-name.ts'
import {frontMatterKeys} from '../parse/front-matter-keys.ts'

/** A `slug:` line of front matter, by any of its names, with its value. */
const SLUG_LINE = new RegExp(`^(?:${['slug', ...frontMatterKeys.slug].join('|')})[ \\t]*:[ \\t]*(.*)$`, 'mu')

/**
 * The slugs the articles under `folder` already have, whatever their
 * extension: each file's front matter `slug`, and its name (its folder's, for `name/index.md`). Read with a
 * pattern rather than a full parse, so `new` stays quick in a large archive;
 * a name that is not a slug only makes the new one more careful.
 */
export async function takenSlugs(folder: string): Promise<Set<string>> {
  const {paths} = await listArticleFiles(folder)
  const taken = new Set<string>()
  await pMap(
    paths,
    async (relative) => {
      taken.add(articleName(relative).normalize('NFC'))
      const text = await readFile(path.join(folder, relative), 'utf8').catch(() => '')
      const given = frontMatterOf(text)?.match(SLUG_LINE)?.[1]
      if (given) taken.add(unquoted(given).normalize('NFC'))
    },
    {concurrency: 64}
  )
  return taken
}

function frontMatterOf(text: string): string | undefined {
  const match = /^\uFEFF?---[^\n]*\n([\s\S]*?)\n---[ \t]*(\r?\n|$)/.exec(text.replace(/\r\n?/g, '\n'))
  return match?.[1]
}

function unquoted(value: string): string {
  const trimmed = value.replace(/\s+#.*$/, '').trim()
  return /^(["']).*\1$/.test(trimmed) ? trimmed.slice(1, -1) : trimmed
}
