import {VFile} from 'vfile'
import {storeMessages, type StoredMessage} from '../cache/messages.ts'
import type {Article} from '../types.ts'
import {parseArticle} from './article.ts'

/** One article file as a parse worker receives it: its text and the days its date may fall back to. */
export interface ParseInput {
  path: string
  text: string
  gitDay?: string
  modifiedDay?: string
}

/** What parsing one file gave on a worker: the record (or none) and the messages parsing added. */
export interface ParseOutput {
  article: Article | undefined
  messages: StoredMessage[]
}

/** A batch of files for one worker task, with the normalized furniture lines. */
export interface ParseBatch {
  files: ParseInput[]
  furniture: string[]
}

/** Parses a batch of files exactly as `parseArticle` does on the main thread. */
export function parseBatch(batch: ParseBatch): ParseOutput[] {
  const furniture = new Set(batch.furniture)
  return batch.files.map((input) => {
    const file = new VFile({path: input.path, value: input.text})
    if (input.gitDay !== undefined) file.data.gitDay = input.gitDay
    if (input.modifiedDay !== undefined) file.data.modifiedDay = input.modifiedDay
    const article = parseArticle(file, {furniture})
    return {article, messages: storeMessages(file)}
  })
}
