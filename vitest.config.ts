import {chmodSync, mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {defineConfig} from 'vitest/config'

// Every temporary folder of a run goes in a folder of the run's own: a `pages/` folder left in the
// machine's temporary folder would otherwise sit beside the tests' temporary articles folders and
// become their pages. Readable by all, as the machine's own is, for the test that builds as `nobody`.
const temporary = mkdtempSync(path.join(tmpdir(), 'warraq-tests-'))
chmodSync(temporary, 0o755)
process.env.TMPDIR = temporary

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'dist/**', 'scratch/**'],
    reporters: ['default', './tests/helpers/summary-reporter.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000
  }
})
