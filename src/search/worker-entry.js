// A search worker thread starts here, in plain JavaScript, so that it can
// register tsx before it loads the TypeScript that does the work.
import {register} from 'tsx/esm/api'

register()
const {buildShardOnWorker} = await import('./shard.ts')

export default buildShardOnWorker
