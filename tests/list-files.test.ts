import {mkdir, mkdtemp, symlink, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {listArticleFiles} from '../src/load/list-files.ts'
import {messages} from './helpers/parse.ts'

async function folderWith(files: string[]): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'warraq-list-'))
  for (const file of files) {
    await mkdir(path.dirname(path.join(root, file)), {recursive: true})
    await writeFile(path.join(root, file), 'نص.')
  }
  return root
}

describe('listing article files', () => {
  it('finds .md, .markdown and .txt files in sub-folders, in code-point order, ignoring other files', async () => {
    const root = await folderWith([
      'b.txt',
      'a/z.md',
      'a/b.markdown',
      'B.TXT',
      'notes.docx',
      'image.png',
      '.hidden.md',
      'ع.txt'
    ])
    const {paths, problems} = await listArticleFiles(root)
    expect(paths).toEqual(['B.TXT', 'a/b.markdown', 'a/z.md', 'b.txt', 'ع.txt'])
    expect(problems).toEqual([])
  })

  it('reports a symbolic link loop and skips it instead of hanging', async () => {
    const root = await folderWith(['a/news.md'])
    await symlink('..', path.join(root, 'a', 'loop'))
    const {paths, problems} = await listArticleFiles(root)
    expect(paths).toEqual(['a/news.md'])
    expect(problems.map((file) => `${file.path} ${messages(file).join()}`)).toEqual(['a/loop 1:1 warning link-loop'])
  })

  it('throws a clear error for a missing articles folder', async () => {
    await expect(listArticleFiles('/no/such/folder')).rejects.toThrow(
      /^Cannot read the articles folder `\/no\/such\/folder`: ENOENT/
    )
  })
})
