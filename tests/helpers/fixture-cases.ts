import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'

/** One labelled fixture: its folder name, its input text and its expectations. */
export interface FixtureCase<Expected> {
  name: string
  input: string
  expected: Expected
}

/** Every folder of `tests/fixtures/<folder>/` with its `input` file and `expected.json`, in folder order. */
export function fixtureCases<Expected>(folder: string, input: string): Array<FixtureCase<Expected>> {
  const root = path.join(import.meta.dirname, '../fixtures', folder)
  return readdirSync(root)
    .sort()
    .map((name) => ({
      name,
      input: readFileSync(path.join(root, name, input), 'utf8'),
      expected: JSON.parse(readFileSync(path.join(root, name, 'expected.json'), 'utf8')) as Expected
    }))
}

/** What a saved page of `tests/fixtures/saved/` must give. */
export interface SavedExpected {
  title: string
  date: string | null
  updated: string | null
  author: string | null
  summary: string | null
  image: string | null
  paragraphs: string[]
}
