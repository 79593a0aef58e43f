// The library entry point for plain Node: loads the TypeScript sources through tsx.
import {tsImport} from 'tsx/esm/api'

const api = await tsImport('./src/index.ts', import.meta.url)

export const {
  build,
  defaultConfig,
  defaultFurniture,
  loadArticles,
  loadConfig,
  MemoryWriter,
  parseArticle,
  report,
  resolveConfig,
  selectPublished,
  summaryLine,
  tally
} = api
