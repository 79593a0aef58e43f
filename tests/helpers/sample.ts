import {readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'

/** The sample site a newcomer builds: `articles/` and `pages/` at the root, and its configuration. */
export const sample = {
  articles: 'articles',
  config: JSON.parse(readFileSync('warraq.config.json', 'utf8')) as Record<string, unknown>,
  /**
   * A cache shared by the test files that build the sample, so its pictures
   * are encoded once a run rather than once a file; entries are keyed by
   * their bytes and written atomically, so sharing cannot mix them up.
   */
  cache: path.join(tmpdir(), 'warraq-test-sample-cache')
}
