import {describe, expect, it} from 'vitest'
import {pageWindow, paginate} from '../src/collect/paginate.ts'

describe('pagination', () => {
  it('splits items into pages at base and base/page/N/', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2, '/')
    expect(pages.map((page) => page.items)).toEqual([[1, 2], [3, 4], [5]])
    expect(pages[0]?.urls).toEqual(['/', '/page/2/', '/page/3/'])
    expect(pages.map((page) => page.number)).toEqual([1, 2, 3])
  })

  it('gives an empty list one empty page', () => {
    expect(paginate([], 20, '/')).toEqual([{number: 1, items: [], urls: ['/']}])
  })

  it('shows every number of a short list', () => {
    expect(pageWindow(2, 5)).toEqual([1, 2, 3, 4, 5])
  })

  it('shows the first, the last and two either side of the current page of a long list', () => {
    expect(pageWindow(500, 1000)).toEqual([1, 'gap', 498, 499, 500, 501, 502, 'gap', 1000])
    expect(pageWindow(1, 1000)).toEqual([1, 2, 3, 'gap', 1000])
    expect(pageWindow(1000, 1000)).toEqual([1, 'gap', 998, 999, 1000])
  })
})
