import {overlayStyle} from './serve-overlay-style.ts'

/**
 * The script `warraq serve` adds to every page it serves (never to the
 * built files). It reads the build state the page carries (see
 * `ServeState`) and listens to the event stream: it reloads the page after a
 * good build, and shows the problems of the last build in an Arabic overlay
 * over the last good page, on a fresh load as well as live. Every word was
 * worked out by serve; the DOM is built with `textContent` only.
 *
 * Closing the overlay (its button or Escape) hides it for this page view: a
 * failed build shows again on the next load or the next failed build. Warnings
 * of a good build, once closed, stay hidden for the tab's session until they change.
 */
export const clientScript = `(() => {
  const style = ${JSON.stringify(overlayStyle)}
  const dismissedKey = 'warraq-dismissed-warnings'
  const carried = document.getElementById('warraq-state')
  let state = carried ? JSON.parse(carried.textContent) : undefined
  let host

  const element = (tag, attributes, children) => {
    const node = document.createElement(tag)
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value)
    node.append(...children)
    return node
  }
  const remembered = () => {
    try { return sessionStorage.getItem(dismissedKey) } catch { return null }
  }
  const close = () => {
    if (!host) return
    if (state.ok) try { sessionStorage.setItem(dismissedKey, JSON.stringify(state.problems)) } catch {}
    host.remove()
    host = undefined
  }
  const problem = (item, text) => {
    const where = []
    if (item.path) where.push(element('bdi', {dir: 'ltr', class: 'place'}, [item.line ? item.path + ':' + item.line + ':' + item.column : item.path]))
    if (item.rule) where.push(element('bdi', {dir: 'ltr', class: 'rule'}, [item.rule]))
    const reason = element('p', {class: 'reason', dir: 'auto', lang: /[\\u0600-\\u06ff]/.test(item.reason) ? 'ar' : 'en'}, [item.reason])
    return element('li', {class: item.severity}, [
      element('span', {class: 'label'}, [text[item.severity]]),
      element('div', {class: 'message'}, where.length ? [reason, element('p', {class: 'where'}, where)] : [reason])
    ])
  }
  const show = (next) => {
    state = next
    if (host) host.remove()
    host = undefined
    if (!next || !next.text.heading) return
    if (next.ok && remembered() === JSON.stringify(next.problems)) return
    const text = next.text
    const button = element('button', {type: 'button', class: 'close', 'aria-label': text.close}, ['×'])
    button.addEventListener('click', close)
    const titles = element('div', {class: 'titles', role: next.ok ? 'status' : 'alert'}, [
      element('h2', {id: 'heading'}, [text.heading]),
      element('p', {class: 'summary'}, [text.summary])
    ])
    const sheet = element('section', {class: next.ok ? 'sheet warned' : 'sheet failed', dir: 'rtl', lang: 'ar', 'aria-labelledby': 'heading'}, [
      element('header', {}, [titles, button]),
      element('div', {class: 'list'}, [
        element('ol', {}, next.problems.map((item) => problem(item, text))),
        ...(text.hint ? [element('p', {class: 'hint'}, [text.hint])] : [])
      ])
    ])
    host = document.createElement('warraq-overlay')
    const root = host.attachShadow({mode: 'open'})
    root.append(element('style', {}, [style]), sheet)
    document.body.append(host)
  }

  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && host) close()
  })
  const events = new EventSource('/__warraq/events')
  events.addEventListener('reload', () => location.reload())
  events.addEventListener('problems', (event) => show(JSON.parse(event.data)))
  // Sent as the stream opens: a build that ended after this page was served.
  events.addEventListener('state', (event) => {
    const now = JSON.parse(event.data)
    if (state && now.build === state.build) return
    if (now.ok) location.reload()
    else show(now)
  })
  show(state)
})()
`
