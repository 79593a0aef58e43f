/**
 * The script `warraq serve` adds to every page it serves (never to the
 * built files): reloads the page after a good build, and shows a build's
 * problems over the page after a failed one, while the last good page stays.
 */
export const clientScript = `(() => {
  const events = new EventSource('/__warraq/events')
  events.addEventListener('reload', () => location.reload())
  events.addEventListener('problems', (event) => {
    let overlay = document.getElementById('warraq-problems')
    if (!overlay) {
      overlay = document.createElement('div')
      overlay.id = 'warraq-problems'
      overlay.setAttribute('role', 'alert')
      overlay.style.cssText = 'position:fixed;inset-inline:0;inset-block-start:0;max-block-size:60vh;overflow:auto;z-index:2147483647;background:#3b0d0c;color:#fff;padding:1rem;font:14px/1.5 monospace;white-space:pre-wrap;direction:ltr;text-align:left'
      document.body.append(overlay)
    }
    overlay.textContent = 'Build failed: the site below is the last good build.\\n\\n' + JSON.parse(event.data)
  })
})()
`
