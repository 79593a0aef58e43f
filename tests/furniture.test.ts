import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {stripFurniture, furnitureSet} from '../src/parse/furniture.ts'
import {messages, parseText} from './helpers/parse.ts'

describe('page furniture', () => {
  it('removes a trailing back-to-top button line and reports it as a note at its line', () => {
    const {article, file} = parseText('a.txt', 'الخبر الأول.\nالخبر الثاني.\nزر الذهاب إلى الأعلى\n')
    expect(article?.paragraphs).toEqual(['الخبر الأول.', 'الخبر الثاني.'])
    expect(messages(file)).toContain('3:1 note page-furniture')
  })

  it('removes several trailing furniture lines across blank lines, whatever their spacing', () => {
    const file = new VFile({path: 'a.txt'})
    const lines = ['نص.', 'طباعة', '', '  زر   الذهاب إلى الأعلى  ', '']
    stripFurniture(file, lines, furnitureSet(['زر الذهاب إلى الأعلى', 'طباعة']))
    expect(lines).toEqual(['نص.', '', '', '', ''])
    expect(file.messages.map((message) => message.line)).toEqual([4, 2])
  })

  it('keeps a furniture phrase that is not at the end', () => {
    const {article} = parseText('a.txt', 'نص أول.\nزر الذهاب إلى الأعلى\nنص الخبر.\n')
    expect(article?.paragraphs).toEqual(['نص أول.', 'زر الذهاب إلى الأعلى', 'نص الخبر.'])
  })

  it('keeps a last line that only contains the phrase among other words', () => {
    const {article} = parseText('a.txt', 'نص الخبر.\nاضغط زر الذهاب إلى الأعلى للعودة.\n')
    expect(article?.paragraphs).toHaveLength(2)
  })

  it('removes lines the site configuration adds', () => {
    const file = new VFile({path: 'a.txt'})
    const lines = ['نص.', 'تابعونا على فيسبوك']
    stripFurniture(file, lines, furnitureSet(['تابعونا على فيسبوك']))
    expect(lines).toEqual(['نص.', ''])
  })
})
