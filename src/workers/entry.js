// Every worker thread starts here, in plain JavaScript, so that it can
// register tsx before it loads the TypeScript that does the work: the
// module and the function its pool names in `workerData` (see pool.ts).
import {register} from 'tsx/esm/api'
import Tinypool from 'tinypool'

register()
const {module, name} = Tinypool.workerData

export default (await import(module))[name]
