import {VFile} from 'vfile'
import {defaultFurniture} from '../../src/config.ts'
import {parseArticle} from '../../src/parse/article.ts'
import {furnitureSet} from '../../src/parse/furniture.ts'
import type {Article} from '../../src/types.ts'

/** Parses `text` as the file `path` with the default config; returns the record and the file with its messages. */
export function parseText(
  path: string,
  text: string,
  data: Partial<VFile['data']> = {}
): {article: Article | undefined; file: VFile} {
  const file = new VFile({path, value: text, data: {modifiedDay: '2020-01-02', ...data}})
  const article = parseArticle(file, {furniture: furnitureSet(defaultFurniture)})
  return {article, file}
}

/** The messages of `file` as `line:column severity rule-id` strings, for compact assertions. */
export function messages(file: VFile): string[] {
  return file.messages.map(
    (message) =>
      `${message.line ?? 1}:${message.column ?? 1} ${message.fatal ? 'error' : message.fatal === false ? 'warning' : 'note'} ${message.ruleId}`
  )
}
