import {fold, foldLabel} from './fold.ts'
import {readByline} from './byline.ts'
import {readDateLine} from './text-date.ts'
import {wordCount} from './words.ts'

/** Why a line of pasted text is page chrome, as the rule id of its note. */
export type ChromeRule = 'page-furniture' | 'date-line' | 'byline' | 'related-links' | 'image-caption'

/** What a line of pasted text was recognised as, with what it says about the article. */
export interface ChromeLine {
  rule: ChromeRule
  /** Why, for the note: what the line is. */
  what: string
  /** A `related-links` marker such as `اقرأ أيضاً`, after which headlines are links, not text. */
  relatedMarker?: boolean
  /** The day a date line gives, and whether it is the day of an update. */
  day?: string
  updated?: boolean
  /** The name a byline gives. */
  author?: string
}

/** Buttons of share bars, folded: a line made only of these (and `على`, `عبر`) is a share bar. */
const shareWords = new Set(
  (
    'فيسبوك فيس بوك تويتر اكس واتساب واتس اب تيلقرام تلغرام تيليغرام تيليجرام تليجرام تلجرام لينكدان لينكد ان ' +
    'انستغرام انستجرام انستقرام يوتيوب ماسنجر بينتريست ريديت بريد البريد الالكتروني ايميل مشاركه شارك شاركها ' +
    'نسخ الرابط انسخ طباعه اطبع حفظ المقال الخبر علي عبر facebook twitter x whatsapp telegram linkedin email print share'
  ).split(' ')
)

/** Folded labels that mark a list of related headlines below them. */
const relatedMarkers = new Set([
  'اقرا ايضا',
  'اقرا المزيد',
  'اقرا ايضا في',
  'اقرا كذلك',
  'اقرا ايضا من',
  'مواضيع ذات صله',
  'اخبار ذات صله',
  'مقالات ذات صله',
  'ذات صله',
  'قد يهمك',
  'قد يهمك ايضا',
  'المزيد من الاخبار',
  'الاكثر قراءه',
  'اخبار متعلقه',
  'مواضيع متعلقه'
])

/** Folded openings of lines that are chrome whatever follows them on the line. */
const chromeOpenings: Array<[RegExp, string]> = [
  [/^(?:تابعونا|تابعوا|تابعنا|تابع)(?:\s|$)/, 'an invitation to follow the site'],
  [
    /^(?:الوسوم|وسوم|الكلمات الداله|الكلمات المفتاحيه|كلمات مفتاحيه|كلمات داله|الموسوم|التصنيفات|التصنيف)\s*[:：]/,
    'a tag line'
  ],
  [/^(?:اشترك|اشتركوا|اشترك الان|سجل|سجلوا)(?:\s|$)/, 'a subscription prompt'],
  [/^المصدر\s*[:：]/, 'a source line'],
  [/^(?:\d+\s+)?(?:تعليق|تعليقات|التعليقات)$|^(?:اضف|اترك|اكتب)\s+(?:تعليق|تعليقك|تعليقا|ردا)/, 'a comments link'],
  [
    /^(?:زر\s+)?(?:الذهاب|العوده|الانتقال|الرجوع|عوده)\s+(?:الي|لل)\s*(?:الاعلي|اعلي|الاعلى|اعلى)|^للاعلي$|^الي الاعلي$/,
    'a back-to-top button'
  ],
  [
    /^(?:منذ|قبل)\s+(?:\d+\s+)?(?:ثانيه|ثوان|ثواني|دقيقه|دقيقتين|دقائق|ساعه|ساعتين|ساعات|يوم|يومين|ايام|اسبوع|اسبوعين|اسابيع|شهر|شهرين|اشهر|سنه|سنتين|سنوات)$/,
    'a relative time'
  ],
  [
    /^(?:نشر|نشرت|نشر في|تاريخ النشر|اخر تحديث|تم التحديث|محدث|عاجل|حصري|خاص|تقارير|شاهد|فيديو|صور|انفوغراف|الرئيسيه)$/,
    'a label'
  ]
]

/** Reading times: `دقيقتين قراءة`, `3 دقائق للقراءة`, `قراءة 4 دقائق`, `مدة القراءة: دقيقة`. */
const readingTime =
  /^(?:(?:مده|وقت)\s+(?:ال)?قراءه\s*[:：]?\s*)?(?:(?:\d+|واحده)\s+)?(?:دقيقه|دقيقتين|دقيقتان|دقائق)(?:\s+(?:واحده|\d+))?(?:\s+(?:لل)?قراءه)?$|^(?:لل)?قراءه\s+(?:\d+\s+)?(?:دقيقه|دقيقتين|دقائق)(?:\s+واحده)?$/

/** Credits and marks of a photo caption. */
const captionMark =
  /(?:^|[\s(])(?:صوره|الصوره|مصدر الصوره|تصوير|ارشيفيه|ارشيف|رويترز|ا ف ب|افب|اف ب|الاناضول|getty|afp|reuters|ap|epa|shutterstock)(?:[\s):：]|$)/

/** A short credit in brackets ending a line: `(وام)`, `(أ ف ب)`, `(ميدان الخبر)`. */
const creditAtEnd = /\(\s*[^()\s][^()]{0,30}\)$/u

/** Separators of parts of one chrome line: `بقلم: سالم | 5 ديسمبر 2025`. */
const partSeparator = /\s+[|•·—–-]\s+|\s*[|•·]\s*/

/**
 * Recognises a line of pasted text as a kind of page chrome, or `undefined`
 * for anything else. It judges the line alone; where the line stands (and
 * whether it reads as a sentence) is for the caller to weigh.
 */
export function classifyChrome(text: string, furniture: ReadonlySet<string>): ChromeLine | undefined {
  const label = foldLabel(text)
  if (label === '') return undefined
  if (relatedMarkers.has(label)) return {rule: 'related-links', what: 'a "read also" label', relatedMarker: true}
  if (furniture.has(label)) return {rule: 'page-furniture', what: 'page furniture'}
  return classifyPart(text, label) ?? classifyParts(text)
}

function classifyPart(text: string, label: string): ChromeLine | undefined {
  const words = label.split(/[\s\p{P}\p{S}]+/u).filter((word) => word !== '')
  if (words.length > 0 && words.every((word) => shareWords.has(word))) {
    return {rule: 'page-furniture', what: 'a share bar'}
  }
  if (/[©]/.test(text) || /(?:جميع|كافه)?\s*(?:ال)?حقوق\s+(?:النشر\s+|الطبع\s+)?محفوظه/.test(label)) {
    return {rule: 'page-furniture', what: 'a copyright line'}
  }
  for (const [pattern, what] of chromeOpenings) if (pattern.test(label)) return {rule: 'page-furniture', what}
  if (readingTime.test(label)) return {rule: 'page-furniture', what: 'a reading time'}
  const date = readDateLine(text)
  if (date) return {rule: 'date-line', what: 'a date line', day: date.day, updated: date.updated}
  if (isBreadcrumbs(label)) return {rule: 'page-furniture', what: 'breadcrumbs'}
  const author = readByline(text)
  if (author) return {rule: 'byline', what: 'a byline', author}
  // A caption names the photo's source: a credit word, or an agency in brackets at its end, `(وام)`.
  if ((captionMark.test(fold(text)) || creditAtEnd.test(text)) && wordCount(text) <= 20) {
    return {rule: 'image-caption', what: 'a photo caption'}
  }
  return undefined
}

/** A line of several parts, each chrome: `بقلم: هدى | 5 ديسمبر 2025`, `نشر في 5/12/2025 - دقيقتين قراءة`. */
function classifyParts(text: string): ChromeLine | undefined {
  const parts = text.split(partSeparator).filter((part) => foldLabel(part) !== '')
  if (parts.length < 2) return undefined
  const found = parts.map((part) => classifyPart(part, foldLabel(part)))
  if (!found.every((line) => line !== undefined && line.rule !== 'image-caption')) return undefined
  const lines = found as ChromeLine[]
  const date = lines.find((line) => line.day !== undefined)
  const byline = lines.find((line) => line.author !== undefined)
  const rule = date ? 'date-line' : byline ? 'byline' : 'page-furniture'
  const what = date && byline ? 'a byline and date line' : (date ?? byline ?? lines[0]!).what
  return {
    rule,
    what,
    ...(date ? {day: date.day!, updated: date.updated!} : {}),
    ...(byline ? {author: byline.author!} : {})
  }
}

/** `الرئيسية > أخبار > ليبيا`: short items between `>`, `»`, `/` or `›`, the first often `الرئيسية`. */
function isBreadcrumbs(label: string): boolean {
  const items = label.split(/\s*[>»›/\\<«‹]\s*/).filter((item) => item !== '')
  return items.length >= 2 && label !== items.join(' ') && items.every((item) => item.split(' ').length <= 4)
}
