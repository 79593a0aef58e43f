import {describe, expect, it} from 'vitest'
import {parseDay} from '../src/parse/date.ts'
import {messages, parseText} from './helpers/parse.ts'

describe('dates', () => {
  it('takes the front matter date without a warning', () => {
    const {article, file} = parseText('a.txt', '---\ndate: 2024-03-05\n---\nنص.')
    expect(article).toMatchObject({date: '2024-03-05', dateSource: 'front-matter'})
    expect(messages(file)).toEqual([])
  })

  it('keeps the day of a date with a time and offset', () => {
    expect(parseDay('2024-03-05T23:30:00+02:00')).toEqual({ok: true, day: '2024-03-05'})
  })

  it('falls back to the date at the start of the file name, with a warning', () => {
    const {article, file} = parseText('2024-06-01-weather.txt', 'نص.', {gitDay: '2025-01-01'})
    expect(article).toMatchObject({date: '2024-06-01', dateSource: 'file-name'})
    expect(messages(file)).toEqual(['1:1 warning missing-date'])
  })

  it('falls back to the day of the last git commit, with a warning', () => {
    const {article, file} = parseText('weather.txt', 'نص.', {gitDay: '2025-01-01'})
    expect(article).toMatchObject({date: '2025-01-01', dateSource: 'git'})
    expect(messages(file)).toEqual(['1:1 warning missing-date'])
  })

  it('falls back to the modification day when the file is not in git, with a warning', () => {
    const {article, file} = parseText('weather.txt', 'نص.', {modifiedDay: '2023-04-05'})
    expect(article).toMatchObject({date: '2023-04-05', dateSource: 'modified'})
    expect(file.messages[0]?.reason).toContain('last modified')
  })

  it.each([['2026-02-30'], ['2025-02-29'], ['2024-13-01'], ['2024-04-31'], ['2024-00-10']])(
    'rejects the impossible day %s',
    (day) => {
      expect(parseDay(day).ok).toBe(false)
    }
  )

  it('accepts 29 February in a leap year', () => {
    expect(parseDay('2024-02-29')).toEqual({ok: true, day: '2024-02-29'})
  })

  it('reports an impossible front matter date as an error at its line', () => {
    const {article, file} = parseText('a.txt', '---\ntitle: عنوان\ndate: 2026-02-30\n---\nنص.')
    expect(article).toBeUndefined()
    expect(messages(file)).toEqual(['3:7 error invalid-date'])
  })

  it('reports an impossible date in the file name as an error', () => {
    const {file} = parseText('2026-02-30-news.txt', 'نص.')
    expect(messages(file)).toEqual(['1:1 error invalid-date'])
  })

  it('reports a date that is not YYYY-MM-DD', () => {
    const {file} = parseText('a.txt', '---\ndate: 5 مارس 2024\n---\nنص.')
    expect(messages(file)).toEqual(['2:7 error invalid-date'])
  })
})
