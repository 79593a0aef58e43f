// The search page's script: queries the static Pagefind index built with the
// site, shows results with their headline, date and an excerpt with the match
// marked, and filters by tag and year. No server is involved.

const form = document.querySelector('.search-form')
const input = document.querySelector('#search-query')
const tagSelect = document.querySelector('#search-tag')
const yearSelect = document.querySelector('#search-year')
const status = document.querySelector('#search-status')
const list = document.querySelector('#search-results')
const PAGE_SIZE = 10

const plural = new Intl.PluralRules('ar')
const resultWords = {zero: 'نتيجة', one: 'نتيجة واحدة', two: 'نتيجتان', few: 'نتائج', many: 'نتيجة', other: 'نتيجة'}

/** "N results" with the Arabic plural form the number takes. */
function countText(count) {
  const form = plural.select(count)
  if (form === 'one' || form === 'two') return resultWords[form]
  return `${count} ${resultWords[form]}`
}

/**
 * The spellings to look for. Pagefind's Arabic stemmer already folds alef
 * forms, ة/ه, ى/ي, diacritics, tatweel and prefixes; it does not fold the
 * seats of hamza, which writers use both ways (مسؤول / مسئول), so each is tried.
 */
export function variants(query) {
  const folded = query
    .normalize('NFC')
    .replace(/[\u0640\u064b-\u065f\u0670]/g, '')
    .trim()
  const spellings = new Set([folded])
  if (/[ؤئ]/.test(folded)) {
    spellings.add(folded.replace(/ؤ/g, 'ئ'))
    spellings.add(folded.replace(/ئ/g, 'ؤ'))
  }
  return [...spellings]
}

/** Keeps only text and `<mark>` from Pagefind's excerpt, so nothing in it can become other markup. */
function excerptNodes(html) {
  const template = document.createElement('template')
  template.innerHTML = html
  const nodes = []
  for (const node of template.content.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) nodes.push(document.createTextNode(node.textContent))
    else if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark')
      mark.textContent = node.textContent
      nodes.push(mark)
    } else nodes.push(document.createTextNode(node.textContent ?? ''))
  }
  return nodes
}

function resultItem(data) {
  const item = document.createElement('li')
  const article = document.createElement('article')
  const heading = document.createElement('h2')
  const link = document.createElement('a')
  link.href = `..${data.url}`
  link.textContent = data.meta.title ?? data.url
  heading.append(link)
  article.append(heading)
  if (data.meta.date) {
    const date = document.createElement('p')
    date.className = 'entry-meta'
    date.textContent = data.meta.date
    article.append(date)
  }
  const excerpt = document.createElement('p')
  excerpt.className = 'entry-summary'
  excerpt.append(...excerptNodes(data.excerpt))
  article.append(excerpt)
  item.append(article)
  return item
}

// The index is one Pagefind bundle per year, or per month of a busy newest
// year, listed newest first: the newest one's runtime loads and the others
// merge into it, searched as one.
const base = new URL(form.dataset.search, location.href)
const shards = await fetch(new URL('shards.json', base)).then((response) => response.json())
const pagefind = shards.length > 0 ? await import(new URL(`${shards[0]}/pagefind.js`, base).href) : undefined
if (pagefind) {
  await pagefind.options({excerptLength: 30})
  for (const shard of shards.slice(1)) await pagefind.mergeIndex(new URL(`${shard}/`, base).pathname)
  await pagefind.init()
}

const filters = pagefind ? await pagefind.filters() : {}
for (const [select, name] of [
  [tagSelect, 'tag'],
  [yearSelect, 'year']
]) {
  const values = Object.keys(filters[name] ?? {}).sort(
    name === 'year' ? (a, b) => b.localeCompare(a) : new Intl.Collator('ar').compare
  )
  for (const value of values) select.append(new Option(`${value} (${filters[name][value]})`, value))
}
form.querySelector('.search-filters').hidden = false

let generation = 0

async function run() {
  const query = input.value.trim()
  const chosen = {}
  if (tagSelect.value) chosen.tag = tagSelect.value
  if (yearSelect.value) chosen.year = yearSelect.value
  const url = new URL(location.href)
  for (const [key, value] of [
    ['q', query],
    ['tag', tagSelect.value],
    ['year', yearSelect.value]
  ]) {
    if (value) url.searchParams.set(key, value)
    else url.searchParams.delete(key)
  }
  history.replaceState(null, '', url)
  const current = ++generation
  if (!query) {
    list.replaceChildren()
    status.textContent = ''
    list.dataset.query = ''
    return
  }
  const searches = pagefind
    ? await Promise.all(variants(query).map((spelling) => pagefind.search(spelling, {filters: chosen})))
    : []
  if (current !== generation) return
  const best = new Map()
  for (const search of searches) {
    for (const result of search.results) {
      if (!best.has(result.id) || best.get(result.id).score < result.score) best.set(result.id, result)
    }
  }
  const results = [...best.values()].sort((a, b) => b.score - a.score)
  status.textContent = results.length === 0 ? `لا نتائج لـ«${query}».` : `${countText(results.length)} لـ«${query}».`
  list.replaceChildren()
  await show(results, 0, current)
  // Tells tests and assistive tools which query the list now answers.
  list.dataset.query = query
}

async function show(results, start, current) {
  const data = await Promise.all(results.slice(start, start + PAGE_SIZE).map((result) => result.data()))
  if (current !== generation) return
  list.querySelector('.search-more')?.remove()
  list.append(...data.map(resultItem))
  if (start + PAGE_SIZE < results.length) {
    const item = document.createElement('li')
    item.className = 'search-more'
    const button = document.createElement('button')
    button.type = 'button'
    button.textContent = 'عرض المزيد من النتائج'
    button.addEventListener('click', () => show(results, start + PAGE_SIZE, current))
    item.append(button)
    list.append(item)
  }
}

let timer
input.addEventListener('input', () => {
  clearTimeout(timer)
  timer = setTimeout(run, 200)
})
tagSelect.addEventListener('change', run)
yearSelect.addEventListener('change', run)
form.addEventListener('submit', (event) => {
  event.preventDefault()
  run()
})

const params = new URLSearchParams(location.search)
input.value = params.get('q') ?? ''
tagSelect.value = params.get('tag') ?? ''
yearSelect.value = params.get('year') ?? ''
form.dataset.ready = 'true'
if (input.value) run()
