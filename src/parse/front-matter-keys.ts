import {editDistance} from './edit-distance.ts'
import {fold} from './fold.ts'

/**
 * Each front matter key Warraq reads, with the Arabic names an editor may
 * write instead; the values are read the same whichever name holds them.
 * A new key is one line here (and its checks in fields.ts).
 */
export const frontMatterKeys = {
  title: ['العنوان'],
  date: ['التاريخ'],
  // `حدث في` is "حُدِّث في" (updated on), the label news sites print; `آخر تحديث` (last update) is the other common one.
  updated: ['حدث في', 'آخر تحديث'],
  // `المؤلف` is what translating "author" word for word gives.
  author: ['الكاتب', 'المؤلف'],
  tags: ['الوسوم'],
  slug: ['المعرف'],
  summary: ['الملخص'],
  image: ['الصورة'],
  imageAlt: ['وصف الصورة'],
  imageCaption: ['تعليق الصورة'],
  // A credit line is `مصدر الصورة` (source) on most Arabic news sites, `حقوق الصورة` (rights) on some.
  imageCredit: ['مصدر الصورة', 'حقوق الصورة'],
  section: ['القسم'],
  draft: ['مسودة']
} as const satisfies Record<string, readonly string[]>

/** A front matter key Warraq reads, by its English name. */
export type FrontMatterKey = keyof typeof frontMatterKeys

/** How a kind of file names its front matter keys: the English name a written key stands for, and the closest to a slip. */
export interface KeyReader {
  /**
   * The English key that `written` names, or undefined for a key Warraq does
   * not read. English keys match exactly (after NFC and trimming): `Title` is
   * a different key, which `closest` then suggests; Arabic ones match by `arabicForm`.
   */
  canonical: (written: string) => string | undefined
  /**
   * The known key name (English or Arabic) closest to an unknown `written`
   * one, when a slip of a letter or two explains the difference: about one
   * edit in three letters, so `autor` finds `author` but `rating` finds nothing.
   */
  closest: (written: string) => string | undefined
}

/**
 * The spelling-blind form of an Arabic name: without diacritics or tatweel,
 * hamza seats folded, and without a leading `ال`, so `عنوان` and `العنوان`,
 * `اخر تحديث` and `آخر تحديث` are one key.
 */
function arabicForm(name: string): string {
  return fold(name).replace(/^ال(?=\p{L})/u, '')
}

/** The reader of the keys of `table`: English names with their Arabic aliases. */
export function keyReader(table: Readonly<Record<string, readonly string[]>>): KeyReader {
  const known = Object.keys(table)
  const aliases = new Map<string, string>(
    known.flatMap((key) => table[key]!.map((alias) => [arabicForm(alias), key] as const))
  )
  const names = known.flatMap((key) => [key, ...table[key]!]).map((name) => ({name, form: arabicForm(name)}))
  return {
    canonical(written) {
      const name = written.normalize('NFC').trim()
      if (known.includes(name)) return name
      return /\p{Script=Arabic}/u.test(name) ? aliases.get(arabicForm(name)) : undefined
    },
    closest(written) {
      const form = arabicForm(written)
      const most = form.length < 5 ? 1 : form.length < 9 ? 2 : 3
      let best: {name: string; distance: number} | undefined
      for (const name of names) {
        const distance = editDistance(form, name.form)
        if (distance <= most && (!best || distance < best.distance)) best = {name: name.name, distance}
      }
      return best?.name
    }
  }
}

/** The keys of an article. */
export const articleKeys = keyReader(frontMatterKeys)

/** The English key that `written` names in an article (see `KeyReader.canonical`). */
export function canonicalKey(written: string): FrontMatterKey | undefined {
  return articleKeys.canonical(written) as FrontMatterKey | undefined
}

/** The article key closest to an unknown `written` one (see `KeyReader.closest`). */
export function closestKey(written: string): string | undefined {
  return articleKeys.closest(written)
}
