import {readFileSync} from 'node:fs'
import {mkdir, writeFile} from 'node:fs/promises'
import path from 'node:path'

const seed = readFileSync(new URL('../../articles/haftar-ankara.txt', import.meta.url), 'utf8')
  .split('\n')
  .slice(0, 8)

/** Writes `count` Markdown articles of the seed's paragraphs into `folder`, dated and tagged deterministically. */
export async function writeCorpus(folder: string, count: number): Promise<void> {
  await mkdir(folder, {recursive: true})
  for (let index = 0; index < count; index++) {
    const day = `${2015 + (index % 10)}-${String(1 + (index % 12)).padStart(2, '0')}-${String(1 + (index % 28)).padStart(2, '0')}`
    const body = seed.map((_, offset) => seed[(index + offset) % seed.length]).join('\n\n')
    await writeFile(
      path.join(folder, `article-${String(index).padStart(5, '0')}.md`),
      `---\ntitle: خبر رقم ${index}\ndate: ${day}\ntags: [ليبيا, وسم ${index % 7}]\n---\n${body}\n`
    )
  }
}
