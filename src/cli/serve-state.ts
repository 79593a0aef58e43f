import {type OverlayText, overlayText, SHOWN, silentReason} from './serve-text.ts'

/** One message of a build, read back from the line `report` printed for it. */
export interface Problem {
  /** As the build printed it, relative to where serve runs; empty for a message about no file. */
  path: string
  /** 1-based; 0 when the message has no place. */
  line: number
  column: number
  severity: 'error' | 'warning' | 'note'
  reason: string
  /** The rule id, such as `front-matter-syntax`; empty when the line had none. */
  rule: string
}

/** What serve knows of its last build: pages carry it, and the event stream sends it after each build. */
export interface ServeState {
  /** Counts builds since serve started: a page whose number differs was served before the last build. */
  build: number
  ok: boolean
  /** The errors, then the warnings, at most `SHOWN` of them; notes are left to the terminal. */
  problems: Problem[]
  /** Everything the overlay says in Arabic, worked out here rather than in the browser. */
  text: OverlayText
}

const LINE = /^(?:(.+?):(\d+):(\d+): )?(error|warning|note): (.*?)(?: \[([^\]\s]+)\])?$/
/** The last line of a build, `N articles, E errors, W warnings…`: the overlay counts for itself. */
const SUMMARY = /^\d+ articles?, \d+ errors?, \d+ warnings?\b/

/**
 * The problems in what a build printed on stderr. Lines that are not
 * messages (a thrown error's one line, say) become errors without a place
 * when the build failed, and are dropped when it succeeded.
 */
export function parseProblems(stderr: string, failed: boolean): Problem[] {
  const problems: Problem[] = []
  for (const line of stderr.split(/\r?\n/)) {
    if (line.trim() === '' || SUMMARY.test(line)) continue
    const match = LINE.exec(line)
    if (match) {
      const [, path = '', row = '0', column = '0', severity, reason = '', rule = ''] = match
      problems.push({
        path,
        line: Number(row),
        column: Number(column),
        severity: severity as Problem['severity'],
        reason,
        rule
      })
    } else if (failed) {
      problems.push({path: '', line: 0, column: 0, severity: 'error', reason: line.trim(), rule: ''})
    }
  }
  return problems
}

/** The state after build number `build`, which exited with `code` and printed `stderr`. */
export function serveState(build: number, code: number | null, stderr: string): ServeState {
  const ok = code === 0
  const all = parseProblems(stderr, !ok)
  const errors = all.filter((problem) => problem.severity === 'error')
  if (!ok && errors.length === 0)
    errors.push({path: '', line: 0, column: 0, severity: 'error', reason: silentReason(code), rule: ''})
  const warnings = all.filter((problem) => problem.severity === 'warning')
  const problems = [...errors, ...warnings].slice(0, SHOWN)
  return {build, ok, problems, text: overlayText(ok, errors.length, warnings.length)}
}

/**
 * `state` as an inline JSON script for an HTML page. `<` is written `\u003c`
 * (and `>`, `&` likewise) so no reason text can close the script element.
 */
export function stateScript(state: ServeState): string {
  const json = JSON.stringify(state).replace(/[<>&]/g, (character) => `\\u00${character.charCodeAt(0).toString(16)}`)
  return `<script type="application/json" id="warraq-state">${json}</script>`
}
