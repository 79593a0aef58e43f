import {readFileSync} from 'node:fs'
import {mkdir, writeFile} from 'node:fs/promises'
import path from 'node:path'

/** mulberry32: a small deterministic PRNG, so the same seed gives the same corpus everywhere. */
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const seedText = readFileSync(new URL('../articles/haftar-ankara.txt', import.meta.url), 'utf8')
const sentences = seedText
  .split('\n')
  .slice(0, 8)
  .flatMap((line) => line.split('.'))
  .map((sentence) => sentence.trim())
  .filter((sentence) => sentence.split(/\s+/).length >= 4)
  .map((sentence) => `${sentence}.`)
const tags = [
  'ليبيا',
  'تركيا',
  'روسيا',
  'الاقتصاد',
  'السياسة',
  'اليونان',
  'إيطاليا',
  'فرنسا',
  'مصر',
  'تونس',
  'الجزائر',
  'النفط',
  'الغاز',
  'الطاقة',
  'الأمن',
  'الدفاع',
  'الهجرة',
  'الانتخابات',
  'البرلمان',
  'الحكومة',
  'المصرف المركزي',
  'الاستثمار',
  'إعادة الإعمار',
  'البحر المتوسط',
  'الجيش',
  'الصحة',
  'التعليم',
  'الرياضة',
  'الثقافة',
  'المناخ'
]
const authors = [
  'أحمد المبروك',
  'فاطمة الزهراء بن علي',
  'محمد الفيتوري',
  'سارة الشريف',
  'عبد الله القماطي',
  'مريم العبيدي',
  'خالد الترهوني',
  'نور الهدى السنوسي',
  'يوسف المقريف',
  'هالة الورفلي'
]
const cities = ['أنقرة', 'موسكو', 'باريس', 'روما', 'القاهرة', 'تونس', 'بنغازي', 'طرابلس', 'أثينا']

/** Days from 2015-01-01 over which the articles' dates spread. */
const DAYS = 4350

/** The last day an article of the corpus may carry: an article added on it lands in the newest month, as a newsroom's does. */
export const LAST_DAY = new Date(Date.UTC(2015, 0, 1) + DAYS * 86_400_000).toISOString().slice(0, 10)

/**
 * Writes `count` Arabic news articles into `folder`, the same for the same
 * `seed`: YAML front matter (title, date 2015–2026 or `date`, 2–4 tags,
 * author, slug) and 6–10 paragraphs of about 400–700 words recombined from
 * the seed article's sentences; every fifth article uses bold, a quote, a
 * list and a link.
 */
export async function writeCorpus(
  folder: string,
  count: number,
  seed = 20251130,
  first = 1,
  date?: string
): Promise<void> {
  const next = random(seed + first)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!
  const between = (low: number, high: number) => low + Math.floor(next() * (high - low + 1))
  await mkdir(folder, {recursive: true})
  for (let index = first; index < first + count; index++) {
    const id = String(index).padStart(6, '0')
    const paragraphs = Array.from({length: between(6, 10)}, () =>
      Array.from({length: between(2, 4)}, () => pick(sentences).replace(/أنقرة/g, pick(cities))).join(' ')
    )
    if (index % 5 === 0) {
      paragraphs[0] = paragraphs[0]!.replace(/^(\S+\s+\S+\s+\S+)/, '**$1**')
      paragraphs[2] = `> ${paragraphs[2]}`
      paragraphs.splice(
        3,
        0,
        sentences
          .slice(0, 3)
          .map((sentence) => `- ${sentence.split('،')[0]}`)
          .join('\n')
      )
      paragraphs.push(`للمزيد راجع [التقرير الكامل](https://example.org/reports/${index}).`)
    }
    const random = new Date(Date.UTC(2015, 0, 1) + between(0, DAYS) * 86_400_000).toISOString().slice(0, 10)
    const day = date ?? random
    const chosen = [...new Set(Array.from({length: between(2, 4)}, () => pick(tags)))]
    const front = [
      '---',
      `title: ${JSON.stringify(pick(sentences).split('،')[0]!.replace(/\.$/, ''))}`,
      `date: ${day}`,
      `tags: [${chosen.map((tag) => JSON.stringify(tag)).join(', ')}]`,
      `author: ${JSON.stringify(pick(authors))}`,
      `slug: article-${id}`,
      '---',
      ''
    ]
    await writeFile(path.join(folder, `${id}.md`), `${front.join('\n') + paragraphs.join('\n\n')}\n`)
  }
}
