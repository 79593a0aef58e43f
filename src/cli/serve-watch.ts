import path from 'node:path'
import chokidar, {type FSWatcher} from 'chokidar'

/**
 * Watches `paths`, calling `changed` with an absolute path for every event.
 * Raw events count too: chokidar drops a change when the modification time
 * is the one it saw last and the file was read since (a build reads it), so
 * where times are kept in whole seconds a second save within the second
 * would be lost. Raw events come from whole folders (the current one, for a
 * configuration file yet to be made): only those within `paths` count.
 * Resolves once the watcher is ready, so nothing saved during the first
 * build is missed.
 */
export async function watch(paths: string[], changed: (name: string) => void): Promise<FSWatcher> {
  const roots = paths.map((name) => path.resolve(name))
  const within = (name: string) => roots.some((root) => name === root || name.startsWith(root + path.sep))
  const watcher = chokidar.watch(paths, {ignoreInitial: true})
  watcher.on('all', (_event, name) => changed(path.resolve(name)))
  watcher.on('raw', (_event, name, details) => {
    const folder = path.resolve((details as {watchedPath: string}).watchedPath)
    // Some platforms give no file name: the folder, or the file, watched is then all that is known.
    const full = !name || path.basename(folder) === name ? folder : path.join(folder, name)
    if (within(full)) changed(full)
  })
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()))
  return watcher
}
