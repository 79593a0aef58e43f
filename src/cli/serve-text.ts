import {type CountForms, formatCount} from '../render/format.ts'

/** What the overlay says, in Arabic; empty `heading` when there is nothing to show. */
export interface OverlayText {
  heading: string
  /** The counts, such as `خطأ واحد وتحذيران`. */
  summary: string
  /** What to do next, or that the list is cut short. */
  hint: string
  close: string
  error: string
  warning: string
}

const errorForms: CountForms = {one: 'خطأ واحد', two: 'خطآن', few: 'أخطاء', many: 'خطأً', other: 'خطأ'}
const warningForms: CountForms = {one: 'تحذير واحد', two: 'تحذيران', few: 'تحذيرات', many: 'تحذيرًا', other: 'تحذير'}
/** Problems a page carries at most: a site of thousands of undated files must not add megabytes to every page. */
export const SHOWN = 100

/** Paths and line numbers are in Western digits: the counts beside them are too. */
const digits = {locale: 'ar', numerals: 'latn'} as const

/** A count of errors as Arabic says it: خطأ واحد، خطآن، 3 أخطاء، 11 خطأً، 100 خطأ. */
export function formatErrorCount(count: number): string {
  return formatCount(count, digits, errorForms)
}

/** A count of warnings as Arabic says it: تحذير واحد، تحذيران، 3 تحذيرات، 11 تحذيرًا، 100 تحذير. */
export function formatWarningCount(count: number): string {
  return formatCount(count, digits, warningForms)
}

/** The overlay's words for a build that succeeded or not (`ok`) with `errors` and `warnings`. */
export function overlayText(ok: boolean, errors: number, warnings: number): OverlayText {
  const counts = [errors > 0 && formatErrorCount(errors), warnings > 0 && formatWarningCount(warnings)]
  // The count stands on its own line: after «مع» it would take forms (تحذيرين) the count forms do not give.
  const heading = !ok ? 'تعذّر بناء الموقع: الصفحة المعروضة من آخر بناء ناجح' : warnings > 0 ? 'اكتمل بناء الموقع' : ''
  const hints = [
    !ok && 'صحّح الملف واحفظه، فيُعاد البناء وتتحدّث الصفحة وحدها.',
    errors + warnings > SHOWN && `تظهر هنا أول ${SHOWN} رسالة، وكلها في الطرفية.`
  ]
  return {
    heading,
    summary: counts.filter(Boolean).join(' و'),
    hint: hints.filter(Boolean).join(' '),
    close: 'إغلاق',
    error: 'خطأ',
    warning: 'تحذير'
  }
}

/** The reason shown for a build that failed without printing a message, such as one killed by a signal. */
export function silentReason(code: number | null): string {
  return code === null
    ? 'توقّف البناء قبل أن يكتمل دون رسالة؛ انظر الطرفية.'
    : `توقّف البناء دون رسالة (رمز الخروج ${code})؛ انظر الطرفية.`
}
