/** Streams the CLI writes to, so tests can capture them. */
export interface Io {
  stdout: (text: string) => void
  stderr: (text: string) => void
  /** Whether stderr is a terminal, where progress may be drawn. */
  isTerminal?: boolean
}

/** The process's own streams. */
export const processIo: Io = {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
  isTerminal: process.stderr.isTTY === true
}
