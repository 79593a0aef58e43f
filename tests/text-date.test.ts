import {describe, expect, it} from 'vitest'
import {fromHijri, readDateLine} from '../src/parse/text-date.ts'

describe('date lines of pasted text', () => {
  it.each([
    ['الجمعة 5 ديسمبر 2025', '2025-12-05'],
    ['السبت، 6 كانون الأول 2025 - 10:30 ص', '2025-12-06'],
    ['5 كانون الأول/ديسمبر 2025', '2025-12-05'],
    ['الأربعاء 5 نونبر 2025', '2025-11-05'],
    ['نشر في 12 دجنبر 2024', '2024-12-12'],
    ['الخميس 9 جانفي 2025 09:45 مساءً', '2025-01-09'],
    ['3 جويلية 2024', '2024-07-03'],
    ['20 آب 2023', '2023-08-20'],
    ['٥ ديسمبر ٢٠٢٥', '2025-12-05'],
    ['تاريخ النشر: 05/12/2025 - 10:30 ص', '2025-12-05'],
    ['٠٥/١٢/٢٠٢٥', '2025-12-05'],
    ['05-03-2026', '2026-03-05'],
    ['2025/11/05 - 09:45', '2025-11-05'],
    ['2025-06-18 14:20 بتوقيت طرابلس', '2025-06-18'],
    ['1 رمضان 1445 هـ', '2024-03-11'],
    ['الجمعة 14 جمادى الآخرة 1447 هـ - 5 ديسمبر 2025 م', '2025-12-05']
  ])('reads `%s` as %s', (line, day) => {
    expect(readDateLine(line)).toEqual({day, updated: false})
  })

  it('says when the line is the day of an update', () => {
    expect(readDateLine('آخر تحديث: 6 ديسمبر 2025 - 11:00')).toEqual({day: '2025-12-06', updated: true})
  })

  it.each([
    ['a date inside a sentence', 'وقال الوزير في 5 ديسمبر 2025 إن الخطة جاهزة'],
    ['a relative time', 'منذ 3 ساعات'],
    ['a month without a day', 'ديسمبر 2025'],
    ['a day that does not exist', '30 فبراير 2025'],
    ['a score', '15-12'],
    ['a headline with a month name', 'مهرجان دجنبر للموسيقى يفتتح دورته الجديدة']
  ])('refuses %s', (_, line) => {
    expect(readDateLine(line)).toBeUndefined()
  })

  it('converts Umm al-Qura days to Gregorian days', () => {
    // 1 Ramadan 1445 was Monday 11 March 2024; 1 Muharram 1447 was Thursday 26 June 2025.
    expect(fromHijri(1445, 9, 1)).toBe('2024-03-11')
    expect(fromHijri(1447, 1, 1)).toBe('2025-06-26')
    expect(fromHijri(1447, 13, 1)).toBeUndefined()
  })
})
