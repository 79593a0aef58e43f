import path from 'node:path'
import type {VFile} from 'vfile'
import {processPictures} from '../images/index.ts'
import type {Article, OutputJob} from '../types.ts'
import {checkPictures, reporter} from './check.ts'
import type {PictureReference, PictureRoots} from './references.ts'
import {leadText, pictureView, type ProcessedPicture, type SitePictures} from './view.ts'

/** Input of `gatherPictures`. */
export interface GatherOptions {
  roots: PictureRoots
  /** The cache folder, where encoded pictures are kept between builds. */
  cache?: string
}

/** Output of `gatherPictures`. */
export interface GatherResult {
  pictures: SitePictures
  /** The encoded files, for the writer. */
  jobs: OutputJob[]
  /** How many pictures were encoded, rather than taken from the cache. */
  encoded: number
  /** Each picture file used, relative to the working folder, with its content key: part of the build's inputs. */
  used: Array<[string, string]>
}

/**
 * Checks every picture that `checked` articles name, as an error at its
 * place when it is missing or unusable, then processes those of the
 * `published` ones: each file once, however many articles show it.
 */
export async function gatherPictures(
  checked: readonly Article[],
  published: readonly Article[],
  files: ReadonlyMap<string, VFile>,
  options: GatherOptions
): Promise<GatherResult> {
  const references = checkPictures(checked, files, options.roots)
  const report = reporter(files)
  const wanted = [
    ...new Set(
      published.flatMap((article) =>
        (references.get(article) ?? []).flatMap((reference) =>
          // Missing files were turned into problems by the check.
          'file' in reference.target ? [reference.target.file] : []
        )
      )
    )
  ].sort()
  const result = await processPictures(wanted, options.cache === undefined ? {} : {cache: options.cache})
  for (const [article, list] of references) {
    for (const reference of list) {
      const problem = 'file' in reference.target ? result.problems.get(reference.target.file) : undefined
      if (problem)
        report(
          article,
          reference,
          `Unexpected picture \`${reference.src}\`: it ${problem}; replace the file`,
          'invalid-picture'
        )
    }
  }
  const processed = (reference: PictureReference): ProcessedPicture | undefined =>
    'file' in reference.target ? result.pictures.get(reference.target.file) : undefined
  // Lists, feeds and fingerprints ask for the same article's views many times: each is made once.
  const leads = new Map<Article, ReturnType<SitePictures['lead']>>()
  const bodies = new Map<Article, ReturnType<SitePictures['body']>>()
  const leadOf = (article: Article) => {
    const reference = article.image ? references.get(article)?.[0] : undefined
    return reference ? pictureView(reference.src, processed(reference), leadText(article)) : undefined
  }
  const bodyOf = (article: Article) => {
    const list = (references.get(article) ?? []).slice(article.image ? 1 : 0)
    return (article.pictures ?? []).map((item, index) =>
      pictureView(item.src, list[index] && processed(list[index]), item)
    )
  }
  const pictures: SitePictures = {
    lead: (article) => (leads.has(article) ? leads.get(article) : leads.set(article, leadOf(article)).get(article)),
    body: (article) => bodies.get(article) ?? bodies.set(article, bodyOf(article)).get(article)!
  }
  const used = wanted.map((file): [string, string] => [
    path.relative(process.cwd(), file).split(path.sep).join('/'),
    result.pictures.get(file)?.key ?? ''
  ])
  return {pictures, jobs: result.jobs, encoded: result.encoded, used}
}
