import {existsSync} from 'node:fs'
import path from 'node:path'
import type {VFile} from 'vfile'
import {fail} from '../messages.ts'
import type {Article} from '../types.ts'
import {type PictureReference, type PictureRoots, referencesOf} from './references.ts'

/** Reports a problem with a picture at its place in its article's file. */
export function reporter(files: ReadonlyMap<string, VFile>) {
  return (article: Article, reference: PictureReference, reason: string, rule: string) => {
    const file = files.get(article.source)
    if (file) fail(file, reason, rule, reference.place)
  }
}

/**
 * The pictures each article names, each checked: one that is missing, outside
 * the site's folders or of a type that is no picture is an error at its place,
 * and its target says why, so only existing files are left to process.
 */
export function checkPictures(
  checked: readonly Article[],
  files: ReadonlyMap<string, VFile>,
  roots: PictureRoots
): Map<Article, PictureReference[]> {
  const references = new Map(checked.map((article) => [article, referencesOf(article, roots)]))
  const report = reporter(files)
  for (const [article, list] of references) {
    for (const reference of list) {
      if ('file' in reference.target && !existsSync(reference.target.file)) {
        const where = path.relative(process.cwd(), reference.target.file).split(path.sep).join('/')
        reference.target = {
          problem: `Unexpected missing picture \`${reference.src}\`: there is no file \`${where}\`; put the picture there or correct its name`,
          rule: 'missing-picture'
        }
      }
      if ('problem' in reference.target) report(article, reference, reference.target.problem, reference.target.rule)
    }
  }
  return references
}
