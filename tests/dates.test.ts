import {describe, expect, it} from 'vitest'
import {toRfc3339, toRfc822} from '../src/render/dates.ts'

describe('feed dates', () => {
  it('writes a day as RFC 822 with English names and the right weekday', () => {
    expect(toRfc822('2024-03-05')).toBe('Tue, 05 Mar 2024 00:00:00 +0000')
    expect(toRfc822('1970-01-01')).toBe('Thu, 01 Jan 1970 00:00:00 +0000')
  })

  it('knows leap days, including the 400-year rule', () => {
    expect(toRfc822('2024-02-29')).toBe('Thu, 29 Feb 2024 00:00:00 +0000')
    expect(toRfc822('2000-02-29')).toBe('Tue, 29 Feb 2000 00:00:00 +0000')
    expect(toRfc822('2024-03-01')).toBe('Fri, 01 Mar 2024 00:00:00 +0000')
  })

  it('crosses the end of a year', () => {
    expect(toRfc822('2023-12-31')).toBe('Sun, 31 Dec 2023 00:00:00 +0000')
    expect(toRfc822('2024-01-01')).toBe('Mon, 01 Jan 2024 00:00:00 +0000')
  })

  it('agrees with the UTC calendar on every day from 1999 to 2031', () => {
    for (let time = Date.UTC(1999, 0, 1); time < Date.UTC(2032, 0, 1); time += 86_400_000) {
      const date = new Date(time)
      expect(toRfc822(date.toISOString().slice(0, 10))).toBe(date.toUTCString().replace('GMT', '+0000'))
    }
  })

  it('writes a day as an RFC 3339 timestamp at UTC midnight', () => {
    expect(toRfc3339('2024-02-29')).toBe('2024-02-29T00:00:00Z')
    expect(toRfc3339('2023-12-31')).toBe('2023-12-31T00:00:00Z')
  })

  it('refuses what is not a real YYYY-MM-DD day', () => {
    for (const day of [
      '2023-02-29',
      '1900-02-29',
      '2024-04-31',
      '2024-13-01',
      '2024-00-10',
      '2024-03-00',
      '2024-3-5',
      '2024-03-05T10:00:00Z',
      ''
    ]) {
      expect(() => toRfc822(day), day).toThrow(/expected a real day written as YYYY-MM-DD/)
      expect(() => toRfc3339(day), day).toThrow(/expected a real day written as YYYY-MM-DD/)
    }
  })
})
