import path from 'node:path'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {compareStrings} from './collect/sort.ts'

/** Counts of the messages of a run. */
export interface Tally {
  errors: number
  warnings: number
  notes: number
}

/** How `report` writes paths and which messages it shows. */
export interface ReportOptions {
  /** Folder the file paths are relative to (the articles folder). */
  root: string
  /** Folder to show paths relative to; the current directory by default. */
  cwd?: string
  /** Leave out notes (`fatal` undefined), keeping errors and warnings. */
  quiet?: boolean
}

/** How serious a message is: errors stop the build, warnings do not, notes only inform. */
export function severity(message: VFileMessage): 'error' | 'warning' | 'note' {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'note'
}

/** Tallies errors, warnings and notes over `files`. */
export function tally(files: readonly VFile[]): Tally {
  const result: Tally = {errors: 0, warnings: 0, notes: 0}
  for (const file of files) {
    for (const message of file.messages) {
      const kind = severity(message)
      if (kind === 'error') result.errors++
      else if (kind === 'warning') result.warnings++
      else result.notes++
    }
  }
  return result
}

/**
 * Formats every message as `path:line:column: severity: reason [rule-id]`,
 * the form terminals and editors turn into a link to the place. Files in
 * path order, messages in place order; one line each, no stack traces.
 */
export function report(files: readonly VFile[], options: ReportOptions): string {
  const cwd = options.cwd ?? process.cwd()
  const lines: string[] = []
  for (const file of [...files].sort((a, b) => compareStrings(a.path, b.path))) {
    if (file.messages.length === 0) continue
    const full = path.resolve(cwd, options.root, file.path)
    const relative = path.relative(cwd, full)
    // Outside the current folder an absolute path says more than a chain of `../`.
    const shown = relative.startsWith('..') ? full : relative || file.path
    const messages = [...file.messages].sort(
      (a, b) => (a.line ?? 1) - (b.line ?? 1) || (a.column ?? 1) - (b.column ?? 1)
    )
    for (const message of messages) {
      const kind = severity(message)
      if (options.quiet && kind === 'note') continue
      lines.push(
        `${shown}:${message.line ?? 1}:${message.column ?? 1}: ${kind}: ${message.reason} [${message.ruleId ?? 'warraq'}]`
      )
    }
  }
  return lines.join('\n')
}

/** One line summing up a run, such as `2 articles, 0 errors, 1 warning`. */
export function summaryLine(articles: number, counts: Tally): string {
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`
  return `${plural(articles, 'article')}, ${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}`
}
