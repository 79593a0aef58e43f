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
      'summaryLine',
      'tally'
    ])
  })

  it('works from plain Node as `import {loadArticles, build} from "warraq"`', async () => {
    const script = `import {loadArticles, resolveConfig} from 'warraq'
const {articles} = await loadArticles({articles: 'tests/fixtures/site/articles', config: resolveConfig()})
console.log(JSON.stringify(articles.map((article) => article.slug)))`
    const {stdout} = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script])
    expect(JSON.parse(stdout)).toEqual([
      'haftar-ankara',
      '2024-06-01-weather',
      'municipal-elections',
      '2023-12-31-year-end'
    ])
  })
})
