import type {DiskWriter} from '../write/disk-writer.ts'

/**
 * Runs `work` so that Ctrl-C or `kill` removes the staging folder and leaves
 * the previous output as it was, exiting with the shell's code for the signal.
 */
export async function withCleanup<T>(writer: DiskWriter, work: () => Promise<T>): Promise<T> {
  const codes = {SIGINT: 130, SIGTERM: 143, SIGHUP: 129} as const
  const stop = (signal: keyof typeof codes) => {
    void writer.stop().finally(() => process.exit(codes[signal]))
  }
  for (const signal of Object.keys(codes) as Array<keyof typeof codes>) process.once(signal, stop)
  try {
    return await work()
  } finally {
    for (const signal of Object.keys(codes) as Array<keyof typeof codes>) process.off(signal, stop)
  }
}
