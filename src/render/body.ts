import {figure, picture, pictureSizes} from '../../templates/components/picture.ts'
import {PICTURE_MARKER} from '../parse/body-pictures.ts'
import type {PictureView} from '../pictures/view.ts'
import type {Article} from '../types.ts'
import type {PageContext} from './context.ts'
import {toHtml} from './html.ts'

/**
 * An article's body HTML with each of its local pictures in place of its
 * marker: a figure with its caption when it stood alone in its paragraph,
 * else a picture inside the text. Every body picture is below the lead, so
 * it loads lazily.
 */
export function bodyHtml(
  context: PageContext,
  article: Pick<Article, 'html' | 'pictures'>,
  views: readonly PictureView[]
): string {
  if (!article.pictures?.length) return article.html
  const options = {sizes: pictureSizes.column, lazy: true}
  return article.html.replace(PICTURE_MARKER, (_, index: string) => {
    const view = views[Number(index)]
    if (!view) return ''
    const element = article.pictures![Number(index)]!.block
      ? figure(context, view, options)
      : picture(context, view, options)
    return toHtml({type: 'root', children: [element]})
  })
}
