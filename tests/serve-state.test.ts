import {describe, expect, it} from 'vitest'
import {parseProblems, serveState, stateScript} from '../src/cli/serve-state.ts'
import {formatErrorCount, formatWarningCount, SHOWN} from '../src/cli/serve-text.ts'

const STDERR = [
  'articles/a.md:2:8: error: Unexpected `[` in front matter, expected a value [front-matter-syntax]',
  'articles/b.md:1:1: warning: No `date` in front matter [missing-date]',
  'articles/c.txt:5:1: note: Removed `زر`: page furniture [page-furniture]',
  'warning: Cannot write the cache [cache]',
  '3 articles, 1 error, 2 warnings: nothing written; `dist` is unchanged. Fix the errors above and build again.'
].join('\n')

describe('serve state', () => {
  it('reads the messages a build printed back into places, severities, reasons and rule ids', () => {
    expect(parseProblems(STDERR, true)).toEqual([
      {
        path: 'articles/a.md',
        line: 2,
        column: 8,
        severity: 'error',
        reason: 'Unexpected `[` in front matter, expected a value',
        rule: 'front-matter-syntax'
      },
      {
        path: 'articles/b.md',
        line: 1,
        column: 1,
        severity: 'warning',
        reason: 'No `date` in front matter',
        rule: 'missing-date'
      },
      {
        path: 'articles/c.txt',
        line: 5,
        column: 1,
        severity: 'note',
        reason: 'Removed `زر`: page furniture',
        rule: 'page-furniture'
      },
      {path: '', line: 0, column: 0, severity: 'warning', reason: 'Cannot write the cache', rule: 'cache'}
    ])
  })

  it('keeps any other line of a failed build as an error, and drops it from a good one', () => {
    const thrown = 'Cannot use warraq.config.json: `numerals` must be `latn` or `arab`'
    expect(parseProblems(thrown, true)).toEqual([
      {path: '', line: 0, column: 0, severity: 'error', reason: thrown, rule: ''}
    ])
    expect(parseProblems(thrown, false)).toEqual([])
  })

  it('lists errors before warnings, leaves notes to the terminal, and counts in Arabic', () => {
    const state = serveState(4, 1, STDERR)
    expect(state.build).toBe(4)
    expect(state.ok).toBe(false)
    expect(state.problems.map((problem) => problem.severity)).toEqual(['error', 'warning', 'warning'])
    expect(state.text.heading).toBe('تعذّر بناء الموقع: الصفحة المعروضة من آخر بناء ناجح')
    expect(state.text.summary).toBe('خطأ واحد وتحذيران')
    expect(state.text).toMatchObject({close: 'إغلاق', error: 'خطأ', warning: 'تحذير'})
  })

  it('has nothing to show after a clean build, and a warnings heading after one with warnings', () => {
    expect(serveState(1, 0, '3 articles, 0 errors, 0 warnings: 9 pages').text.heading).toBe('')
    const warned = serveState(2, 0, 'articles/b.md:1:1: warning: No `date` [missing-date]')
    expect(warned.text.heading).toBe('اكتمل بناء الموقع')
    expect(warned.text.summary).toBe('تحذير واحد')
    expect(warned.text.hint).toBe('')
  })

  it('says a build failed when it printed nothing', () => {
    expect(serveState(1, null, '').problems).toMatchObject([
      {severity: 'error', reason: expect.stringContaining('توقّف')}
    ])
    expect(serveState(1, 1, '').text.summary).toBe('خطأ واحد')
  })

  it('carries at most the first problems, and says where the rest are', () => {
    const many = Array.from(
      {length: SHOWN + 5},
      (_, index) => `articles/${index}.md:1:1: warning: No \`date\` [missing-date]`
    )
    const state = serveState(1, 0, many.join('\n'))
    expect(state.problems).toHaveLength(SHOWN)
    expect(state.text.summary).toBe(formatWarningCount(SHOWN + 5))
    expect(state.text.hint).toContain('الطرفية')
  })

  it('names counts of errors and warnings with the plural Arabic gives each number', () => {
    expect([1, 2, 3, 10, 11, 99, 100, 101, 103].map(formatErrorCount)).toEqual([
      'خطأ واحد',
      'خطآن',
      '3 أخطاء',
      '10 أخطاء',
      '11 خطأً',
      '99 خطأً',
      '100 خطأ',
      '101 خطأ',
      '103 أخطاء'
    ])
    expect([1, 2, 3, 11, 100].map(formatWarningCount)).toEqual([
      'تحذير واحد',
      'تحذيران',
      '3 تحذيرات',
      '11 تحذيرًا',
      '100 تحذير'
    ])
  })

  it('writes the state into a page so that no reason can end the script element', () => {
    const state = serveState(
      1,
      1,
      'articles/a.md:1:1: error: Unexpected `</script><script>alert(1)</script>` & more [x]'
    )
    const script = stateScript(state)
    expect(script.match(/<\/script>/g)).toHaveLength(1)
    expect(script).not.toMatch(/<(?!\/?script)/)
    const json = /^<script type="application\/json" id="warraq-state">(.*)<\/script>$/.exec(script)![1]!
    expect(JSON.parse(json)).toEqual(state)
  })
})
