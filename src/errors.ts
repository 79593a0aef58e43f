/**
 * A failure the person running Warraq can fix: a wrong flag, configuration
 * or folder. The command line prints its message alone and exits with code 2;
 * any other exception is a bug in Warraq (see `cli/internal-error.ts`).
 */
export class UsageError extends Error {
  override name = 'UsageError'
}

/** Exit codes of the command line, as the README documents them. */
export const exitCodes = {
  /** Done: the site was written, or there was nothing to do. */
  done: 0,
  /** An article has an error: nothing was written. */
  content: 1,
  /** A wrong command, flag, configuration or folder. */
  usage: 2,
  /** A bug in Warraq itself: the message asks to report it. */
  internal: 3
} as const
