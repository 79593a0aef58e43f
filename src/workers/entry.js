// Every worker thread starts here, in plain JavaScript: it loads the module
// and the function its pool names in `workerData` (see pool.ts), registering
// tsx first when that module is TypeScript rather than part of a bundle.
import Tinypool from 'tinypool'

const {module, name, typescript} = Tinypool.workerData
if (typescript) (await import('tsx/esm/api')).register()

export default (await import(module))[name]
