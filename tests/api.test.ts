import {execFile} from 'node:child_process'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'
import * as api from '../src/index.ts'

describe('public API', () => {
  it('exports exactly the documented names', () => {
    expect(Object.keys(api).sort()).toEqual([
      'MemoryWriter',
      'build',
      'defaultConfig',
      'defaultFurniture',
      'loadArticles',
      'loadConfig',
      'parseArticle',
      'report',
      'resolveConfig',
      'selectPublished',
      'summaryLine',
      'tally'
    ])
  })

  it('works from plain Node as `import {loadArticles, build} from "warraq"`', async () => {
    const script = `import {loadArticles, resolveConfig, selectPublished} from 'warraq'
const config = resolveConfig()
const loaded = await loadArticles({articles: 'tests/fixtures/site/articles', config})
const files = new Map(loaded.files.map((file) => [file.path, file]))
const {articles} = selectPublished(loaded.articles, files, config, {today: '2026-12-05', preview: false})
console.log(JSON.stringify([loaded.articles.map((article) => article.slug), articles.map((article) => article.slug)]))`
    const {stdout} = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script])
    // Every record, the draft among them; then what a build publishes.
    expect(JSON.parse(stdout)).toEqual([
      ['haftar-ankara', '2024-06-01-weather', 'municipal-elections', 'draft', '2023-12-31-year-end'],
      ['haftar-ankara', '2024-06-01-weather', 'municipal-elections', '2023-12-31-year-end']
    ])
  })
})
