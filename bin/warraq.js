#!/usr/bin/env node
// The command line. There is no compile step after `npm ci`: the sources are
// bundled on the first run and again after any edit (see src/launch.js).
import {loadCli} from '../src/launch.js'

const {main} = await loadCli()
process.exitCode = await main(process.argv.slice(2))
