import {describe, expect, it} from 'vitest'
import {formatArticleCount, formatDay, formatMinutes, formatNumber} from '../src/render/format.ts'

const western = {locale: 'ar-LY', numerals: 'latn'} as const
const eastern = {locale: 'ar-LY', numerals: 'arab'} as const

describe('Arabic formats', () => {
  it('writes a day with the Libyan month name and pinned digits', () => {
    expect(formatDay('2024-03-05', western)).toBe('5 مارس 2024')
    expect(formatDay('2024-03-05', eastern)).toBe('٥ مارس ٢٠٢٤')
  })

  it('writes a day in another Arabic locale with its own month names', () => {
    expect(formatDay('2024-03-05', {locale: 'ar-SY', numerals: 'latn'})).toBe('5 آذار 2024')
  })

  it('never shifts the day by the machine time zone', () => {
    const zone = process.env.TZ
    process.env.TZ = 'America/Los_Angeles'
    try {
      expect(new Date('2024-12-31T00:00:00Z').getDate()).toBe(30)
      expect(formatDay('2024-12-31', western)).toBe('31 ديسمبر 2024')
    } finally {
      if (zone === undefined) delete process.env.TZ
      else process.env.TZ = zone
    }
  })

  it('uses the Arabic plural forms for reading time', () => {
    expect([1, 2, 3, 10, 11, 100].map((minutes) => formatMinutes(minutes, western))).toEqual([
      'دقيقة واحدة',
      'دقيقتان',
      '3 دقائق',
      '10 دقائق',
      '11 دقيقة',
      '100 دقيقة'
    ])
  })

  it('counts articles as Arabic does: the one and the two in words, then plural, accusative, singular', () => {
    expect([1, 2, 3, 10, 11, 99, 100, 102].map((count) => formatArticleCount(count, western))).toEqual([
      'خبر واحد',
      'خبران',
      '3 أخبار',
      '10 أخبار',
      '11 خبرًا',
      '99 خبرًا',
      '100 خبر',
      '102 خبر'
    ])
    expect(formatArticleCount(13, eastern)).toBe('١٣ خبرًا')
  })

  it('writes numbers in the chosen digits', () => {
    expect(formatNumber(12, eastern)).toBe('١٢')
  })
})
