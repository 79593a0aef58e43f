/** The picture stage: local pictures into responsive files, cached by their bytes. */
export type {Derivative, Picture, PicturesResult} from './process.ts'
export {processPictures} from './process.ts'
export {widthsFor, WIDTHS} from './settings.ts'
