#!/usr/bin/env node
// The command line. There is no compile step after `npm ci`: the sources are
// bundled on the first run and again after any edit (see src/launch.js).
import {loadCli} from '../src/launch.js'

/** Exit code of a bug in Warraq, as src/errors.ts documents it. */
const INTERNAL = 3

let cli
try {
  cli = await loadCli()
} catch (error) {
  process.stderr.write(`Internal error: Warraq could not start; please report it.\n${error?.stack ?? error}\n`)
  process.exit(INTERNAL)
}
// An exception no command caught (in a callback or a stream) is a bug too, never the editor's mistake.
const crash = (error) => {
  process.stderr.write(`${cli.internalErrorReport(error)}\n`)
  process.exit(INTERNAL)
}
process.on('uncaughtException', crash)
process.on('unhandledRejection', crash)
process.exitCode = await cli.main(process.argv.slice(2))
