#!/usr/bin/env node
// Draws the pictures of the sample site in `articles/`: one flat illustration
// per article (`picture.jpg`, 1600×1000) and two charts (`chart.jpg`, 1200×800),
// each composed here as SVG and encoded by sharp (mozjpeg, quality 78).
//
//   node scripts/sample-pictures.mjs
//
// The pictures hold no text, since the fonts of the machine that draws them are
// not known. Nothing is random but a seeded generator, so the same script and
// the same sharp give the same bytes; the JPEGs are committed beside the
// articles, and this script is how they were made.
import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import sharp from 'sharp'

const articles = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'articles')

const ink = '#1f2a36'
const accent = '#9c2b23'
const white = '#ffffff'

/** A number as SVG writes it: one decimal at most. */
const n = (value) => String(Math.round(value * 10) / 10)

/** `x,y x,y …` for a polygon or polyline. */
const points = (list) => list.map(([x, y]) => `${n(x)},${n(y)}`).join(' ')

/** A linear gradient from top to bottom, or along the given vector; stops are [offset, colour, opacity?]. */
function linear(id, stops, [x1, y1, x2, y2] = [0, 0, 0, 1]) {
  const body = stops
    .map(([offset, color, opacity = 1]) => `<stop offset="${offset}" stop-color="${color}" stop-opacity="${opacity}"/>`)
    .join('')
  return `<linearGradient id="${id}" x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}">${body}</linearGradient>`
}

/** A radial gradient; stops are [offset, colour, opacity?]. */
function radial(id, stops, [cx, cy, r] = [0.5, 0.5, 0.5]) {
  const body = stops
    .map(([offset, color, opacity = 1]) => `<stop offset="${offset}" stop-color="${color}" stop-opacity="${opacity}"/>`)
    .join('')
  return `<radialGradient id="${id}" cx="${cx}" cy="${cy}" r="${r}">${body}</radialGradient>`
}

/** The whole picture. */
function svg(width, height, defs, body) {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><defs>${defs}</defs>${body}</svg>`
}

/** Mulberry32: a small seeded generator, so that "random" windows and stars are the same on every run. */
function seeded(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const lerp = (a, b, t) => a + (b - a) * t
const lerpPoint = ([ax, ay], [bx, by], t) => [lerp(ax, bx, t), lerp(ay, by, t)]

/** A check mark whose short stroke starts at (x, y), `size` wide. */
function check(x, y, size, color, width) {
  const s = size / 40
  return `<path d="M${n(x)} ${n(y)}l${n(12 * s)} ${n(14 * s)}l${n(28 * s)} ${n(-34 * s)}" fill="none" stroke="${color}" stroke-width="${n(width)}" stroke-linecap="round" stroke-linejoin="round"/>`
}

/** A pie slice from angle a0 to a1 (degrees, 0 at the top, clockwise). */
function slice(cx, cy, r, a0, a1, color) {
  const at = (a) => [cx + r * Math.sin((a * Math.PI) / 180), cy - r * Math.cos((a * Math.PI) / 180)]
  const [x0, y0] = at(a0)
  const [x1, y1] = at(a1)
  const large = a1 - a0 > 180 ? 1 : 0
  return `<path d="M${n(cx)} ${n(cy)}L${n(x0)} ${n(y0)}A${n(r)} ${n(r)} 0 ${large} 1 ${n(x1)} ${n(y1)}Z" fill="${color}"/>`
}

/** A pie chart of `shares` (summing to 1), drawn with a white gap between slices. */
function pie(cx, cy, r, shares, colors) {
  let start = 0
  let out = ''
  shares.forEach((share, i) => {
    out += slice(cx, cy, r, start, start + share * 360, colors[i])
    start += share * 360
  })
  start = 0
  for (const share of shares) {
    const a = (start * Math.PI) / 180
    out += `<line x1="${n(cx)}" y1="${n(cy)}" x2="${n(cx + r * Math.sin(a))}" y2="${n(cy - r * Math.cos(a))}" stroke="${white}" stroke-width="6"/>`
    start += share * 360
  }
  return out
}

/** A football: white with shading, a black pentagon in the middle and five cut by the edge. */
function football(cx, cy, r, id) {
  const pentagon = (x, y, size, turn) =>
    points(
      Array.from({length: 5}, (_, k) => {
        const a = ((turn + k * 72) * Math.PI) / 180
        return [x + size * Math.sin(a), y - size * Math.cos(a)]
      })
    )
  let patches = `<polygon points="${pentagon(cx, cy, r * 0.36, 0)}" fill="${ink}"/>`
  let seams = ''
  for (let k = 0; k < 5; k++) {
    const a = ((36 + k * 72) * Math.PI) / 180
    const a2 = (k * 72 * Math.PI) / 180
    patches += `<polygon points="${pentagon(cx + r * 1.02 * Math.sin(a), cy - r * 1.02 * Math.cos(a), r * 0.36, 36 + k * 72)}" fill="${ink}"/>`
    const [x0, y0] = [cx + r * 0.36 * Math.sin(a2), cy - r * 0.36 * Math.cos(a2)]
    const [x1, y1] = [cx + r * 0.72 * Math.sin(a2), cy - r * 0.72 * Math.cos(a2)]
    seams += `<line x1="${n(x0)}" y1="${n(y0)}" x2="${n(x1)}" y2="${n(y1)}" stroke="${ink}" stroke-width="${n(r * 0.05)}"/>`
  }
  return `<clipPath id="${id}"><circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}"/></clipPath><circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}" fill="url(#ball-shade)"/><g clip-path="url(#${id})">${patches}${seams}</g><circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}" fill="none" stroke="#9aa3ad" stroke-width="${n(r * 0.04)}"/>`
}

const ballShade = radial(
  'ball-shade',
  [
    [0, '#ffffff'],
    [0.7, '#eef1f4'],
    [1, '#b8c0c9']
  ],
  [0.4, 0.35, 0.7]
)

/** A stack of `count` coins standing on (x, base). */
function coins(x, base, count, rx = 70) {
  const ry = rx * 0.3
  let out = ''
  for (let i = 0; i < count; i++) {
    const y = base - i * ry * 0.9
    out += `<ellipse cx="${n(x)}" cy="${n(y)}" rx="${n(rx)}" ry="${n(ry)}" fill="#a8731d"/>`
    out += `<rect x="${n(x - rx)}" y="${n(y - ry * 0.6)}" width="${n(2 * rx)}" height="${n(ry * 0.6)}" fill="#c48a26"/>`
    out += `<ellipse cx="${n(x)}" cy="${n(y - ry * 0.6)}" rx="${n(rx)}" ry="${n(ry)}" fill="#efbe4a" stroke="#c48a26" stroke-width="3"/>`
  }
  const top = base - (count - 1) * ry * 0.9 - ry * 0.6
  out += `<ellipse cx="${n(x)}" cy="${n(top)}" rx="${n(rx * 0.68)}" ry="${n(ry * 0.62)}" fill="none" stroke="#d49d33" stroke-width="4"/>`
  return out
}

/** A map pin whose point is at (x, y). */
function pin(x, y, size, color) {
  return `<path d="M${n(x)} ${n(y)}L${n(x - size * 0.8)} ${n(y - size * 1.45)}A${n(size)} ${n(size)} 0 1 1 ${n(x + size * 0.8)} ${n(y - size * 1.45)}Z" fill="${color}"/><circle cx="${n(x)}" cy="${n(y - size * 2)}" r="${n(size * 0.4)}" fill="${white}"/>`
}

/** A block arrow from (x, y0) to (x, y1), pointing to y1. */
function blockArrow(x, y0, y1, width, color) {
  const dir = Math.sign(y1 - y0)
  const head = width * 1.1
  const neck = y1 - dir * head
  return `<polygon points="${points([
    [x - width / 2, y0],
    [x + width / 2, y0],
    [x + width / 2, neck],
    [x + width, neck],
    [x, y1],
    [x - width, neck],
    [x - width / 2, neck]
  ])}" fill="${color}"/>`
}

// ─── Politics ────────────────────────────────────────────────────────────────

function voterRegistration() {
  const defs =
    linear('bg', [
      [0, '#dce8f1'],
      [1, '#f3ede0']
    ]) +
    linear('desk', [
      [0, '#a7784d'],
      [1, '#7a5333']
    ]) +
    linear(
      'box',
      [
        [0, '#2f74b8'],
        [1, '#1f5186']
      ],
      [0, 0, 1, 0]
    )
  let rows = ''
  for (let i = 0; i < 5; i++) {
    const y = 340 + i * 84
    rows += `<rect x="440" y="${y}" width="44" height="44" rx="6" fill="${white}" stroke="${ink}" stroke-width="4"/>`
    rows += `<rect x="506" y="${y + 11}" width="${i % 2 ? 150 : 210}" height="22" rx="11" fill="#c7d2dc"/>`
    if (i < 3) rows += check(446, y + 20, 34, '#2e8b57', 8)
  }
  const clipboard = `<g transform="rotate(-4 640 480)">
<rect x="374" y="146" width="560" height="700" rx="28" fill="#000" opacity="0.14"/>
<rect x="360" y="130" width="560" height="700" rx="28" fill="#8a5a33"/>
<rect x="400" y="200" width="480" height="600" rx="6" fill="#fffdf8"/>
<rect x="440" y="238" width="260" height="40" rx="8" fill="#dbe6f0"/>
<rect x="730" y="238" width="110" height="130" rx="6" fill="#e3e9ee"/>
<circle cx="785" cy="285" r="26" fill="#9fb0bf"/>
<path d="M745 368c4-34 22-46 40-46s36 12 40 46z" fill="#9fb0bf"/>
${rows}
<path d="M600 760c20-30 40-30 50 0s30 20 50-10 30-10 40 10" fill="none" stroke="${ink}" stroke-width="5" stroke-linecap="round"/>
<rect x="540" y="100" width="200" height="90" rx="18" fill="#9aa4ad"/>
<rect x="590" y="118" width="100" height="28" rx="12" fill="#6b7680"/>
</g>`
  const pen = `<g transform="rotate(38 940 640)">
<rect x="900" y="470" width="40" height="300" rx="10" fill="${accent}"/>
<rect x="900" y="470" width="40" height="60" rx="10" fill="#6e1d17"/>
<polygon points="900,770 940,770 920,820" fill="#e8d2b0"/>
<polygon points="913,800 927,800 920,820" fill="${ink}"/>
</g>`
  const box = `<rect x="1080" y="786" width="420" height="20" rx="10" fill="#000" opacity="0.16"/>
<polygon points="1060,470 1440,470 1500,420 1120,420" fill="#5b97d2"/>
<polygon points="1200,452 1380,452 1410,432 1230,432" fill="#16385c"/>
<rect x="1240" y="330" width="130" height="112" fill="${white}" stroke="#b8c4ce" stroke-width="3" transform="rotate(6 1305 440)"/>
${check(1266, 380, 46, accent, 9)}
<rect x="1060" y="470" width="380" height="300" fill="url(#box)"/>
<polygon points="1440,470 1500,420 1500,720 1440,770" fill="#173f69"/>
<circle cx="1250" cy="610" r="74" fill="${white}" opacity="0.92"/>
${check(1212, 612, 70, '#1f5186', 14)}`
  return svg(
    1600,
    1000,
    defs,
    `<rect width="1600" height="1000" fill="url(#bg)"/>
<circle cx="1380" cy="160" r="220" fill="${white}" opacity="0.35"/>
<rect y="760" width="1600" height="240" fill="url(#desk)"/>
<rect y="760" width="1600" height="14" fill="#c08f62"/>
${clipboard}${pen}${box}`
  )
}

function ceasefireMap() {
  const defs = linear('sea', [
    [0, '#a4d3e6'],
    [1, '#4d95b6']
  ])
  let grid = ''
  for (let x = 100; x < 1600; x += 100) grid += `<line x1="${x}" y1="0" x2="${x}" y2="1000"/>`
  for (let y = 100; y < 1000; y += 100) grid += `<line x1="0" y1="${y}" x2="1600" y2="${y}"/>`
  const land =
    'M0 1000L0 430C120 420 220 460 330 470C430 480 520 520 600 600C680 680 780 700 880 690C980 680 1060 610 1130 540C1200 470 1300 420 1420 400C1500 388 1560 380 1600 380L1600 1000Z'
  const road =
    'M40 515C200 525 420 545 560 655C680 755 800 775 900 765C1000 755 1080 685 1160 615C1260 525 1400 475 1570 460'
  // The olive branch: leaves on both sides of a curved stem.
  const stem = [
    [960, 120],
    [1200, 100],
    [1440, 250]
  ]
  const along = (t) => {
    const [a, b, c] = stem
    return [
      (1 - t) ** 2 * a[0] + 2 * (1 - t) * t * b[0] + t * t * c[0],
      (1 - t) ** 2 * a[1] + 2 * (1 - t) * t * b[1] + t * t * c[1]
    ]
  }
  let leaves = ''
  for (let k = 0; k < 9; k++) {
    const t = 0.1 + k * 0.1
    const [x, y] = along(t)
    const [x2, y2] = along(t + 0.01)
    const angle = (Math.atan2(y2 - y, x2 - x) * 180) / Math.PI + (k % 2 ? 40 : -40)
    const dx = 40 * Math.cos((angle * Math.PI) / 180)
    const dy = 40 * Math.sin((angle * Math.PI) / 180)
    leaves += `<ellipse cx="${n(x + dx)}" cy="${n(y + dy)}" rx="46" ry="15" fill="${k % 3 ? '#6d8f3a' : '#58792c'}" transform="rotate(${n(angle)} ${n(x + dx)} ${n(y + dy)})"/>`
  }
  const olives = [0.25, 0.55, 0.82]
    .map((t) => {
      const [x, y] = along(t)
      return `<ellipse cx="${n(x + 8)}" cy="${n(y + 30)}" rx="13" ry="17" fill="#3e4a1d"/>`
    })
    .join('')
  const star = points(
    Array.from({length: 8}, (_, k) => {
      const a = (k * 45 * Math.PI) / 180
      const r = k % 2 ? 22 : 80
      return [1450 + r * Math.sin(a), 840 - r * Math.cos(a)]
    })
  )
  return svg(
    1600,
    1000,
    defs,
    `<rect width="1600" height="1000" fill="url(#sea)"/>
<g stroke="${white}" stroke-width="2" opacity="0.2">${grid}</g>
<path d="${land}" fill="#e6d3a3" stroke="#c7aa6d" stroke-width="6"/>
<ellipse cx="300" cy="800" rx="220" ry="90" fill="#d9c18c" opacity="0.7"/>
<ellipse cx="980" cy="900" rx="300" ry="70" fill="#d9c18c" opacity="0.7"/>
<ellipse cx="1280" cy="640" rx="150" ry="60" fill="#cfb37b" opacity="0.6"/>
<path d="${road}" fill="none" stroke="${accent}" stroke-width="10" stroke-dasharray="28 18" stroke-linecap="round"/>
<rect x="886" y="751" width="28" height="28" fill="${ink}" transform="rotate(45 900 765)"/>
${pin(300, 530, 34, ink)}${pin(1160, 615, 34, ink)}
<path d="M${stem[0].join(' ')}Q${stem[1].join(' ')} ${stem[2].join(' ')}" fill="none" stroke="#6b5a2e" stroke-width="9" stroke-linecap="round"/>
${leaves}${olives}
<polygon points="${star}" fill="${ink}" opacity="0.85"/>
<circle cx="1450" cy="840" r="12" fill="#e6d3a3"/>
<rect x="24" y="24" width="1552" height="952" fill="none" stroke="${white}" stroke-width="4" opacity="0.7"/>`
  )
}

function parliament() {
  const defs =
    linear('sky', [
      [0, '#7db2d8'],
      [1, '#e6eff5']
    ]) +
    linear(
      'dome',
      [
        [0, '#6fa9a0'],
        [0.45, '#9cc9bf'],
        [1, '#4e8a81']
      ],
      [0, 0, 1, 0]
    ) +
    linear(
      'column',
      [
        [0, '#ffffff'],
        [1, '#d8cfbd']
      ],
      [0, 0, 1, 0]
    )
  let windows = ''
  for (let i = 0; i < 4; i++) {
    for (const x of [300 + i * 70, 1260 - i * 70]) {
      windows += `<rect x="${x}" y="600" width="40" height="100" rx="20" fill="#7b91a6"/>`
    }
  }
  let columns = ''
  for (let i = 0; i < 6; i++) {
    const x = 582 + i * 86
    columns += `<rect x="${x}" y="492" width="36" height="262" fill="url(#column)"/><rect x="${x - 8}" y="488" width="52" height="14" fill="#e2d9c6"/><rect x="${x - 8}" y="744" width="52" height="14" fill="#e2d9c6"/>`
  }
  let drumWindows = ''
  for (let i = 0; i < 5; i++)
    drumWindows += `<rect x="${690 + i * 48}" y="300" width="26" height="50" rx="13" fill="#7b91a6"/>`
  let ribs = ''
  for (const k of [-2, -1, 0, 1, 2]) {
    ribs += `<path d="M${800 + k * 64} 280Q${800 + k * 44} 150 800 112" fill="none" stroke="#3d6f68" stroke-width="4" opacity="0.45"/>`
  }
  const tree = (x, y, s) =>
    `<rect x="${x - 10 * s}" y="${y - 40 * s}" width="${20 * s}" height="${60 * s}" fill="#6b4f35"/><circle cx="${x}" cy="${y - 90 * s}" r="${70 * s}" fill="#4f8a45"/><circle cx="${x - 40 * s}" cy="${y - 60 * s}" r="${50 * s}" fill="#5d9a50"/><circle cx="${x + 42 * s}" cy="${y - 64 * s}" r="${48 * s}" fill="#447c3b"/>`
  return svg(
    1600,
    1000,
    defs,
    `<rect width="1600" height="1000" fill="url(#sky)"/>
<ellipse cx="260" cy="170" rx="140" ry="38" fill="${white}" opacity="0.75"/><ellipse cx="330" cy="150" rx="90" ry="40" fill="${white}" opacity="0.75"/>
<ellipse cx="1300" cy="220" rx="170" ry="40" fill="${white}" opacity="0.7"/><ellipse cx="1240" cy="196" rx="90" ry="38" fill="${white}" opacity="0.7"/>
<rect y="800" width="1600" height="200" fill="#69a256"/>
<polygon points="660,800 940,800 1060,1000 540,1000" fill="#dacdb2"/>
<rect x="260" y="560" width="1080" height="200" fill="#efe9dc"/>
<rect x="248" y="544" width="1104" height="22" fill="#d9d0bd"/>
${windows}
<rect x="660" y="270" width="280" height="110" fill="#efe9dc"/>${drumWindows}
<path d="M640 280A160 170 0 0 1 960 280Z" fill="url(#dome)"/>${ribs}
<rect x="628" y="270" width="344" height="16" fill="#d9d0bd"/>
<rect x="782" y="80" width="36" height="36" fill="#efe9dc"/><path d="M778 82A22 22 0 0 1 822 82Z" fill="#6fa9a0"/>
<line x1="800" y1="60" x2="800" y2="14" stroke="#5b6570" stroke-width="4"/><rect x="802" y="14" width="58" height="32" fill="${accent}"/>
<rect x="560" y="470" width="480" height="290" fill="#f5f0e6"/>
<rect x="770" y="620" width="60" height="140" rx="30" fill="#6d5a45"/>
${columns}
<rect x="540" y="448" width="520" height="42" fill="#e2d9c6"/>
<polygon points="540,450 800,368 1060,450" fill="#ece5d6" stroke="#d2c7b0" stroke-width="6"/>
<circle cx="800" cy="418" r="18" fill="${accent}" opacity="0.85"/>
<rect x="540" y="758" width="520" height="16" fill="#d7cdb8"/><rect x="520" y="774" width="560" height="14" fill="#cbc0a8"/><rect x="500" y="788" width="600" height="14" fill="#bfb49b"/>
${tree(150, 800, 1.2)}${tree(1450, 800, 1.2)}${tree(1330, 810, 0.8)}`
  )
}

function municipalElections() {
  const defs = linear('sky', [
    [0, '#8cc3e8'],
    [0.7, '#f6e2c8'],
    [1, '#f5d3ab']
  ])
  const random = seeded(7)
  let back = ''
  for (let x = 0; x < 1600; x += 70) {
    const h = 120 + Math.floor(random() * 160)
    back += `<rect x="${x}" y="${700 - h}" width="62" height="${h + 60}" fill="#b7c7d5"/>`
  }
  const front = `<g fill="#7c93a7">
<path d="M150 520H430V760H370V640A80 80 0 0 0 210 640V760H150Z" fill-rule="evenodd"/>
<rect x="138" y="500" width="304" height="26"/>
<rect x="1180" y="620" width="260" height="140"/><path d="M1220 620A90 90 0 0 1 1400 620Z"/>
<rect x="1470" y="330" width="42" height="430"/><rect x="1458" y="420" width="66" height="16"/><polygon points="1470,330 1491,262 1512,330"/>
<rect x="0" y="640" width="150" height="120"/><rect x="430" y="600" width="120" height="160"/><rect x="1060" y="590" width="120" height="170"/>
<path d="M450 600A50 50 0 0 1 550 600Z"/>
</g>`
  let ballots = ''
  for (let i = 0; i < 6; i++) {
    const x = 630 + i * 60
    const y = 790 + (i % 3) * 22
    ballots += `<rect x="${x}" y="${y}" width="110" height="70" fill="${white}" stroke="#c3ccd4" stroke-width="3" transform="rotate(${(i % 2 ? 1 : -1) * (8 + i * 3)} ${x + 55} ${y + 35})"/>`
  }
  return svg(
    1600,
    1000,
    defs,
    `<rect width="1600" height="1000" fill="url(#sky)"/>
<circle cx="1240" cy="200" r="80" fill="#fff4d8" opacity="0.95"/>
${back}${front}
<rect y="760" width="1600" height="240" fill="#e1cdaa"/>
<rect y="760" width="1600" height="10" fill="#cdb68f"/>
<ellipse cx="820" cy="915" rx="300" ry="26" fill="#000" opacity="0.14"/>
${ballots}
<polygon points="1000,540 1070,490 1070,860 1000,910" fill="#c8d6e2" opacity="0.8"/>
<rect x="600" y="540" width="400" height="370" fill="${white}" opacity="0.5" stroke="#5a6f83" stroke-width="6"/>
<polygon points="600,540 1000,540 1070,490 670,490" fill="#dbe6ee" stroke="#5a6f83" stroke-width="6" stroke-linejoin="round"/>
<polygon points="760,525 900,525 925,507 785,507" fill="#2b3b4b"/>
<g transform="rotate(-8 832 450)"><rect x="772" y="370" width="120" height="148" fill="${white}" stroke="#aeb9c3" stroke-width="3"/>
<rect x="790" y="392" width="28" height="28" fill="none" stroke="${ink}" stroke-width="4"/><rect x="828" y="398" width="46" height="14" rx="7" fill="#c7d2dc"/>
<rect x="790" y="436" width="28" height="28" fill="none" stroke="${ink}" stroke-width="4"/><rect x="828" y="442" width="46" height="14" rx="7" fill="#c7d2dc"/>
${check(792, 450, 30, accent, 7)}</g>
<circle cx="800" cy="720" r="70" fill="${accent}" opacity="0.9"/>
${check(764, 722, 64, white, 13)}`
  )
}

function preliminaryResults() {
  const defs = linear('wall', [
    [0, '#1d2c3c'],
    [1, '#2d4458']
  ])
  const colors = ['#2d6fb0', accent, '#3f8f4f', '#e0a526']
  const shares = [0.42, 0.27, 0.18, 0.13]
  const r = 170
  const circumference = 2 * Math.PI * r
  let start = 0
  let donut = ''
  shares.forEach((share, i) => {
    donut += `<circle cx="470" cy="470" r="${r}" fill="none" stroke="${colors[i]}" stroke-width="92" stroke-dasharray="${n(share * circumference - 6)} ${n(circumference)}" stroke-dashoffset="${n(-start * circumference)}" transform="rotate(-90 470 470)"/>`
    start += share
  })
  let bars = ''
  ;[520, 335, 225, 160].forEach((width, i) => {
    const y = 290 + i * 104
    bars += `<rect x="760" y="${y + 8}" width="40" height="40" rx="8" fill="${colors[i]}"/><rect x="830" y="${y}" width="540" height="56" rx="12" fill="#e3e8ed"/><rect x="830" y="${y}" width="${width}" height="56" rx="12" fill="${colors[i]}"/>`
  })
  let papers = ''
  ;[
    [330, 800, -12],
    [560, 820, 4],
    [800, 806, 15]
  ].forEach(([x, y, angle], k) => {
    papers += `<g transform="rotate(${angle} ${x + 150} ${y + 90})"><rect x="${x}" y="${y}" width="300" height="190" rx="4" fill="${white}" stroke="#cbd3da" stroke-width="3"/>`
    for (let row = 0; row < 3; row++) {
      const ry = y + 28 + row * 52
      papers += `<rect x="${x + 28}" y="${ry}" width="34" height="34" fill="none" stroke="${ink}" stroke-width="4"/><rect x="${x + 80}" y="${ry + 10}" width="${row === 1 ? 120 : 170}" height="14" rx="7" fill="#c7d2dc"/>`
      if (row === k) papers += check(x + 32, ry + 17, 28, accent, 7)
    }
    papers += '</g>'
  })
  return svg(
    1600,
    1000,
    defs,
    `<rect width="1600" height="1000" fill="url(#wall)"/>
<rect x="196" y="126" width="1240" height="640" rx="28" fill="#000" opacity="0.3"/>
<rect x="180" y="110" width="1240" height="640" rx="28" fill="#f4f6f8"/>
<path d="M180 190V138A28 28 0 0 1 208 110H1392A28 28 0 0 1 1420 138V190Z" fill="${accent}"/>
<rect x="240" y="136" width="300" height="26" rx="13" fill="${white}" opacity="0.75"/><rect x="1180" y="136" width="180" height="26" rx="13" fill="${white}" opacity="0.5"/>
${donut}
<circle cx="470" cy="470" r="96" fill="#f4f6f8"/><circle cx="470" cy="470" r="44" fill="#dfe5ea"/>
${bars}
<rect y="800" width="1600" height="200" fill="#6a4a31"/><rect y="800" width="1600" height="12" fill="#8b6443"/>
${papers}
<polygon points="1150,720 1380,720 1420,690 1190,690" fill="#5b97d2"/><polygon points="1230,710 1330,710 1350,698 1250,698" fill="#16385c"/>
<rect x="1150" y="720" width="230" height="170" fill="#2469ab"/><polygon points="1380,720 1420,690 1420,860 1380,890" fill="#173f69"/>
${check(1232, 800, 66, white, 12)}`
  )
}

function neighboursMeeting() {
  const defs =
    radial('carpet', [
      [0, '#3f716c'],
      [1, '#213e3b']
    ]) +
    radial('wood', [
      [0, '#c2956a'],
      [0.8, '#a0714a'],
      [1, '#85592f']
    ])
  const cx = 800
  const cy = 500
  let chairs = ''
  let places = ''
  for (let k = 0; k < 8; k++) {
    const angle = k * 45 + 22.5
    const a = (angle * Math.PI) / 180
    const [x, y] = [cx + 385 * Math.cos(a), cy + 385 * Math.sin(a)]
    chairs += `<g transform="translate(${n(x)} ${n(y)}) rotate(${angle})"><rect x="-58" y="-64" width="112" height="128" rx="24" fill="#6b3a2e"/><rect x="40" y="-70" width="34" height="140" rx="15" fill="#4e2920"/></g>`
    const [px, py] = [cx + 222 * Math.cos(a), cy + 222 * Math.sin(a)]
    places += `<g transform="translate(${n(px)} ${n(py)}) rotate(${angle})">
<rect x="-34" y="-46" width="68" height="92" rx="4" fill="#f3efe5" stroke="#cfc7b3" stroke-width="3"/><rect x="-20" y="-30" width="40" height="8" rx="4" fill="#c9c2b0"/>
<line x1="-20" y1="58" x2="-70" y2="34" stroke="#2a2f36" stroke-width="6" stroke-linecap="round"/><circle cx="-20" cy="58" r="14" fill="#2a2f36"/><circle cx="-72" cy="33" r="10" fill="#444c56"/>
<circle cx="-6" cy="-72" r="15" fill="#d6eef6" stroke="${white}" stroke-width="3" opacity="0.9"/></g>`
  }
  const random = seeded(11)
  let flowers = ''
  for (let i = 0; i < 9; i++) {
    const a = (i / 9) * 2 * Math.PI
    const r = 30 + random() * 28
    const color = ['#f3efe5', '#f2c14e', accent][i % 3]
    flowers += `<circle cx="${n(cx + r * Math.cos(a))}" cy="${n(cy + r * Math.sin(a))}" r="${n(14 + random() * 8)}" fill="${color}"/>`
  }
  return svg(
    1600,
    1000,
    defs,
    `<rect width="1600" height="1000" fill="url(#carpet)"/>
<rect x="40" y="40" width="1520" height="920" fill="none" stroke="#c8a25a" stroke-width="8" opacity="0.45"/>
<rect x="70" y="70" width="1460" height="860" fill="none" stroke="#c8a25a" stroke-width="3" opacity="0.35"/>
${chairs}
<circle cx="${cx + 14}" cy="${cy + 18}" r="300" fill="#000" opacity="0.25"/>
<circle cx="${cx}" cy="${cy}" r="300" fill="url(#wood)"/>
<circle cx="${cx}" cy="${cy}" r="294" fill="none" stroke="#6e4829" stroke-width="12"/>
<circle cx="${cx}" cy="${cy}" r="130" fill="none" stroke="#d6ad80" stroke-width="6" opacity="0.6"/>
${places}
<circle cx="${cx}" cy="${cy}" r="78" fill="#4b7a39"/><circle cx="${cx}" cy="${cy}" r="54" fill="#5d8f46"/>
${flowers}`
  )
}

// ─── Economy ─────────────────────────────────────────────────────────────────

function centralBank() {
  const defs =
    linear('bg', [
      [0, '#f4e5c7'],
      [1, '#e6cc9d']
    ]) +
    linear(
      'column',
      [
        [0, '#ffffff'],
        [1, '#d5cab3']
      ],
      [0, 0, 1, 0]
    )
  let columns = ''
  for (let i = 0; i < 6; i++) {
    const x = 446 + i * 94
    columns += `<rect x="${x}" y="478" width="40" height="266" fill="url(#column)"/><rect x="${x - 8}" y="470" width="56" height="16" fill="#e1d6bf"/><rect x="${x - 8}" y="738" width="56" height="16" fill="#e1d6bf"/>`
  }
  return svg(
    1600,
    1000,
    defs,
    `<rect width="1600" height="1000" fill="url(#bg)"/>
<circle cx="700" cy="330" r="330" fill="${white}" opacity="0.25"/>
<rect y="820" width="1600" height="180" fill="#c7ab80"/><rect y="820" width="1600" height="10" fill="#b49568"/>
<rect x="420" y="470" width="560" height="280" fill="#eae2d1"/>
<rect x="660" y="590" width="80" height="160" rx="40" fill="#7a6148"/>
${columns}
<rect x="396" y="428" width="608" height="46" fill="#e4dac4"/><rect x="396" y="462" width="608" height="10" fill="#cfc3a8"/>
<polygon points="396,430 700,300 1004,430" fill="#f1ebdd" stroke="#d4c8ad" stroke-width="8" stroke-linejoin="round"/>
<circle cx="700" cy="385" r="30" fill="#e2ae3e" stroke="#b9862a" stroke-width="5"/>
<rect x="400" y="750" width="600" height="22" fill="#d9cdb3"/><rect x="376" y="772" width="648" height="22" fill="#cdbfa2"/><rect x="352" y="794" width="696" height="26" fill="#c0b192"/>
${blockArrow(1250, 470, 190, 56, '#2f7d4f')}${blockArrow(1420, 190, 470, 56, accent)}
${coins(190, 900, 6)}${coins(1150, 900, 9)}${coins(1300, 930, 13)}${coins(1450, 905, 4)}
<ellipse cx="360" cy="930" rx="70" ry="21" fill="#efbe4a" stroke="#c48a26" stroke-width="4"/>`
  )
}

function oilExports() {
  const defs =
    linear('sky', [
      [0, '#3a2b59'],
      [0.45, '#c4506a'],
      [0.8, '#f29c4c'],
      [1, '#f7c873']
    ]) +
    linear('sea', [
      [0, '#81506f'],
      [1, '#2b2444']
    ]) +
    radial('glow', [
      [0, '#ffe2a0', 0.9],
      [1, '#ffe2a0', 0]
    ])
  let reflections = ''
  for (let k = 0; k < 10; k++) {
    const width = 300 - k * 24
    reflections += `<rect x="${1050 - width / 2}" y="${616 + k * 30}" width="${width}" height="7" rx="3" fill="#ffcf7a" opacity="${n(0.6 - k * 0.05)}"/>`
  }
  let lights = ''
  for (let i = 0; i < 4; i++) lights += `<rect x="${372 + i * 18}" y="500" width="8" height="8" fill="#f7c873"/>`
  const silhouette = '#150e1d'
  return svg(
    1600,
    1000,
    defs,
    `<rect width="1600" height="600" fill="url(#sky)"/>
<circle cx="1050" cy="600" r="260" fill="url(#glow)"/>
<circle cx="1050" cy="600" r="128" fill="#ffd98a"/>
<rect y="600" width="1600" height="400" fill="url(#sea)"/>
${reflections}
<g fill="#2a2038">
<polygon points="320,560 1010,560 985,622 360,622"/>
<rect x="360" y="478" width="96" height="84"/><rect x="348" y="466" width="120" height="16"/>
<rect x="396" y="430" width="30" height="40"/>
<rect x="520" y="540" width="440" height="20"/>
</g>
<rect x="396" y="440" width="30" height="10" fill="${accent}"/>
${lights}
<g stroke="#2a2038" stroke-width="5"><line x1="620" y1="540" x2="620" y2="500"/><line x1="620" y1="500" x2="680" y2="540"/><line x1="820" y1="540" x2="820" y2="504"/><line x1="820" y1="504" x2="880" y2="540"/></g>
<path d="M0 1000L0 770C300 730 600 740 820 790C1000 830 1200 862 1600 862L1600 1000Z" fill="#1f1628"/>
<g fill="${silhouette}">
<rect x="90" y="690" width="110" height="80"/><ellipse cx="145" cy="690" rx="55" ry="14"/>
<rect x="220" y="710" width="80" height="60"/><ellipse cx="260" cy="710" rx="40" ry="11"/>
<rect x="1040" y="842" width="470" height="22"/>
<polygon points="1228,842 1280,556 1304,556 1356,842"/>
<rect x="1240" y="700" width="104" height="12"/>
<rect x="1080" y="548" width="420" height="24" transform="rotate(-8 1290 560)"/>
<path d="M1080 552Q1026 600 1052 690L1084 682Q1066 616 1108 576Z"/>
<rect x="1400" y="782" width="112" height="60"/>
<path d="M1396 800A60 60 0 0 1 1516 800Z"/>
</g>
<line x1="1066" y1="686" x2="1066" y2="842" stroke="${silhouette}" stroke-width="6"/>
<rect x="1052" y="812" width="28" height="30" fill="${silhouette}"/>
<line x1="1494" y1="532" x2="1456" y2="790" stroke="${silhouette}" stroke-width="16"/>
<circle cx="1290" cy="560" r="12" fill="#3a2b48"/>`
  )
}

function oilChart() {
  const values = [1.05, 1.1, 0.92, 1.02, 1.12, 1.2]
  const top = 100
  const bottom = 680
  const y = (v) => bottom - ((v - 0.8) / 0.45) * (bottom - top)
  const xs = values.map((_, i) => 210 + i * 168)
  const line = values.map((v, i) => [xs[i], y(v)])
  const defs = linear('area', [
    [0, '#1d6f8f', 0.38],
    [1, '#1d6f8f', 0.04]
  ])
  let grid = ''
  for (let k = 0; k < 5; k++) {
    const gy = top + k * 145
    grid += `<line x1="120" y1="${gy}" x2="1110" y2="${gy}" stroke="#e2dccf" stroke-width="3"/><line x1="104" y1="${gy}" x2="120" y2="${gy}" stroke="${ink}" stroke-width="3"/>`
  }
  const ticks = xs.map(
    (x) => `<line x1="${x}" y1="${bottom}" x2="${x}" y2="${bottom + 16}" stroke="${ink}" stroke-width="3"/>`
  )
  const dots = line
    .map(([x, cy], i) =>
      i === line.length - 1
        ? `<circle cx="${n(x)}" cy="${n(cy)}" r="17" fill="${accent}" stroke="${white}" stroke-width="5"/>`
        : `<circle cx="${n(x)}" cy="${n(cy)}" r="12" fill="${white}" stroke="#1d6f8f" stroke-width="6"/>`
    )
    .join('')
  return svg(
    1200,
    800,
    defs,
    `<rect width="1200" height="800" fill="#fbf8f2"/>
${grid}
<line x1="120" y1="${n(y(1))}" x2="1110" y2="${n(y(1))}" stroke="${accent}" stroke-width="3" stroke-dasharray="14 10" opacity="0.6"/>
<polygon points="${points([[xs[0], bottom], ...line, [xs.at(-1), bottom]])}" fill="url(#area)"/>
<polyline points="${points(line)}" fill="none" stroke="#1d6f8f" stroke-width="9" stroke-linejoin="round" stroke-linecap="round"/>
${dots}
<line x1="120" y1="${top - 10}" x2="120" y2="${bottom}" stroke="${ink}" stroke-width="4"/>
<line x1="120" y1="${bottom}" x2="1110" y2="${bottom}" stroke="${ink}" stroke-width="4"/>
${ticks.join('')}`
  )
}

function budgetDraft() {
  const defs = linear('bg', [
    [0, '#e4ece6'],
    [1, '#cbd9cf']
  ])
  let keys = ''
  for (let row = 0; row < 4; row++) {
    for (let col = 0; col < 4; col++) {
      const color = col === 3 ? (row === 3 ? accent : '#e08a3c') : '#5a6773'
      keys += `<rect x="${988 + col * 54}" y="${522 + row * 58}" width="42" height="44" rx="9" fill="${color}"/>`
    }
  }
  let lines = ''
  for (let i = 0; i < 3; i++)
    lines += `<rect x="340" y="${612 + i * 40}" width="${i === 2 ? 220 : 400}" height="16" rx="8" fill="#cdd5dc"/>`
  return svg(
    1600,
    1000,
    defs,
    `<rect width="1600" height="1000" fill="url(#bg)"/>
<rect y="800" width="1600" height="200" fill="#8b6a4e"/><rect y="800" width="1600" height="12" fill="#a2805f"/>
<rect x="252" y="212" width="620" height="590" rx="16" fill="#000" opacity="0.12"/>
<rect x="240" y="196" width="230" height="70" rx="14" fill="#d4a84c"/>
<rect x="240" y="230" width="620" height="560" rx="16" fill="#d9ae55"/>
<g transform="rotate(-3 550 480)"><rect x="290" y="180" width="520" height="600" rx="4" fill="${white}" stroke="#d5dbe0" stroke-width="3"/>
${pie(550, 390, 150, [0.525, 0.204, 0.144, 0.127], [accent, '#d0893a', '#2f6f8f', '#3f8f4f'])}
${lines}</g>
<path d="M240 560H860V774A16 16 0 0 1 844 790H256A16 16 0 0 1 240 774Z" fill="#ecc46c"/>
<rect x="240" y="560" width="620" height="10" fill="#d9ae55"/>
<g transform="rotate(7 1090 570)"><rect x="974" y="388" width="260" height="386" rx="26" fill="#000" opacity="0.15"/>
<rect x="960" y="374" width="260" height="386" rx="26" fill="#2f3a45"/><rect x="988" y="404" width="204" height="84" rx="8" fill="#b9d3b0"/>
${keys}</g>
${coins(1360, 880, 11)}${coins(1500, 900, 6)}
<ellipse cx="1230" cy="905" rx="70" ry="21" fill="#efbe4a" stroke="#c48a26" stroke-width="4"/>`
  )
}

function budgetChart() {
  const values = [62, 24, 17, 15]
  const colors = [accent, '#d0893a', '#2f6f8f', '#3f8f4f']
  const base = 1060
  const unit = 820 / 62
  let grid = ''
  for (let k = 1; k <= 6; k++) {
    const x = base - k * 10 * unit
    grid += `<line x1="${n(x)}" y1="100" x2="${n(x)}" y2="700" stroke="#e2dccf" stroke-width="3"/><line x1="${n(x)}" y1="700" x2="${n(x)}" y2="716" stroke="${ink}" stroke-width="3"/>`
  }
  // The bars grow from the right, as Arabic reads.
  const bars = values
    .map((value, i) => {
      const width = value * unit
      const y = 130 + i * 145
      return `<rect x="${n(base - width)}" y="${y}" width="${n(width)}" height="92" rx="12" fill="${colors[i]}"/><rect x="${n(base - width)}" y="${y}" width="24" height="92" rx="12" fill="${white}" opacity="0.18"/>`
    })
    .join('')
  return svg(
    1200,
    800,
    '',
    `<rect width="1200" height="800" fill="#fbf8f2"/>
${grid}${bars}
<line x1="${base}" y1="90" x2="${base}" y2="700" stroke="${ink}" stroke-width="5"/>
<line x1="140" y1="700" x2="${base}" y2="700" stroke="${ink}" stroke-width="4"/>`
  )
}

function misrataPort() {
  const defs =
    linear('sky', [
      [0, '#9dcbe9'],
      [1, '#e6f1f7']
    ]) +
    linear('sea', [
      [0, '#3d7fa3'],
      [1, '#22587a']
    ])
  const random = seeded(3)
  const palette = ['#c0392b', '#2e6da4', '#3f8f4f', '#e08a3c', '#8e9aa6', '#d9b13b', '#6c4f8c']
  let deck = ''
  for (let col = 0; col < 17; col++) {
    const height = 2 + Math.floor(random() * 3)
    for (let row = 0; row < height; row++) {
      const color = palette[Math.floor(random() * palette.length)]
      deck += `<rect x="${270 + col * 44}" y="${662 - (row + 1) * 36}" width="42" height="34" fill="${color}"/><line x1="${280 + col * 44}" y1="${666 - (row + 1) * 36}" x2="${280 + col * 44}" y2="${690 - (row + 1) * 36}" stroke="#000" stroke-width="3" opacity="0.15"/>`
    }
  }
  let quay = ''
  for (let col = 0; col < 6; col++) {
    const height = 1 + Math.floor(random() * 3)
    for (let row = 0; row < height; row++) {
      quay += `<rect x="${1200 + col * 62}" y="${690 - (row + 1) * 40}" width="60" height="38" fill="${palette[Math.floor(random() * palette.length)]}"/>`
    }
  }
  const crane = (x, trolley) => `<g stroke="#b8432f" stroke-linecap="square">
<line x1="${x}" y1="700" x2="${x}" y2="330" stroke-width="22"/><line x1="${x + 150}" y1="700" x2="${x + 150}" y2="330" stroke-width="22"/>
<line x1="${x}" y1="520" x2="${x + 150}" y2="520" stroke-width="14"/><line x1="${x}" y1="520" x2="${x + 150}" y2="700" stroke-width="8"/><line x1="${x + 150}" y1="520" x2="${x}" y2="700" stroke-width="8"/>
<line x1="${x + 30}" y1="200" x2="${x}" y2="330" stroke-width="12"/><line x1="${x + 30}" y1="200" x2="${x + 150}" y2="330" stroke-width="12"/>
<line x1="${x + 30}" y1="200" x2="${x - 560}" y2="330" stroke-width="6"/><line x1="${x + 30}" y1="200" x2="${x + 250}" y2="330" stroke-width="6"/>
</g>
<rect x="${x - 620}" y="326" width="900" height="24" fill="#c94f3a"/>
<rect x="${x + 120}" y="282" width="120" height="60" fill="#eef1f3"/>
<rect x="${trolley}" y="350" width="70" height="26" fill="#3a4552"/>
<line x1="${trolley + 15}" y1="376" x2="${trolley + 15}" y2="520" stroke="#3a4552" stroke-width="4"/><line x1="${trolley + 55}" y1="376" x2="${trolley + 55}" y2="520" stroke="#3a4552" stroke-width="4"/>
<rect x="${trolley - 10}" y="518" width="90" height="14" fill="#e0a526"/>`
  return svg(
    1600,
    1000,
    defs,
    `<rect width="1600" height="640" fill="url(#sky)"/>
<rect y="640" width="1600" height="360" fill="url(#sea)"/>
<g stroke="${white}" stroke-width="4" opacity="0.25" stroke-linecap="round"><line x1="120" y1="880" x2="300" y2="880"/><line x1="460" y1="930" x2="700" y2="930"/><line x1="820" y1="870" x2="960" y2="870"/><line x1="200" y1="960" x2="380" y2="960"/></g>
<polygon points="80,690 1110,690 1080,820 140,820" fill="#1f3b5c"/>
<polygon points="112,790 1087,790 1080,820 140,820" fill="#9c2b23"/>
<rect x="80" y="686" width="1030" height="8" fill="#e9edf0"/>
<rect x="110" y="540" width="130" height="150" fill="#eef1f3"/><rect x="100" y="528" width="150" height="18" fill="#d5dbe0"/>
<g fill="#2b3b4b"><rect x="126" y="560" width="98" height="16"/><rect x="126" y="600" width="20" height="14"/><rect x="160" y="600" width="20" height="14"/><rect x="194" y="600" width="20" height="14"/></g>
<rect x="150" y="480" width="40" height="50" fill="#e9edf0"/><rect x="150" y="488" width="40" height="10" fill="${accent}"/>
${deck}
<rect x="1120" y="700" width="480" height="300" fill="#9aa3aa"/><rect x="1120" y="690" width="480" height="16" fill="#c3c9cd"/>
${quay}
${crane(1140, 640)}${crane(1320, 900)}
<g fill="#4a535c"><rect x="1136" y="676" width="16" height="16"/><rect x="1560" y="676" width="16" height="16"/></g>`
  )
}

function inflation() {
  const defs = linear('bg', [
    [0, '#fbefd9'],
    [1, '#f3d9bb']
  ])
  const end = [1250, 450]
  const control = [1010, 150]
  const angle = Math.atan2(end[1] - control[1], end[0] - control[0])
  const head = [
    [end[0] + 40 * Math.cos(angle), end[1] + 40 * Math.sin(angle)],
    [end[0] + 46 * Math.cos(angle + 2.2), end[1] + 46 * Math.sin(angle + 2.2)],
    [end[0] + 46 * Math.cos(angle - 2.2), end[1] + 46 * Math.sin(angle - 2.2)]
  ]
  let weave = ''
  for (let y = 570; y < 830; y += 44)
    weave += `<line x1="470" y1="${y}" x2="1130" y2="${y}" stroke="#93602f" stroke-width="7"/>`
  for (let i = 0; i < 9; i++) {
    const x = 540 + i * 65
    weave += `<line x1="${x}" y1="540" x2="${n(800 + (x - 800) * 0.82)}" y2="830" stroke="#93602f" stroke-width="5" opacity="0.6"/>`
  }
  return svg(
    1600,
    1000,
    defs,
    `<rect width="1600" height="1000" fill="url(#bg)"/>
<rect y="830" width="1600" height="170" fill="#d5b184"/><rect y="830" width="1600" height="10" fill="#c29b6b"/>
<path d="M300 200C700 80 ${control.join(' ')} ${end.join(' ')}" fill="none" stroke="#2f6f8f" stroke-width="34" stroke-linecap="round"/>
<polygon points="${points(head)}" fill="#2f6f8f"/>
<path d="M530 540C530 270 1070 270 1070 540" fill="none" stroke="#8a5a2b" stroke-width="30" stroke-linecap="round"/>
<ellipse cx="620" cy="510" rx="130" ry="62" fill="#d99a4e"/><g stroke="#b9772f" stroke-width="7" stroke-linecap="round"><line x1="560" y1="478" x2="585" y2="540"/><line x1="610" y1="470" x2="635" y2="540"/><line x1="660" y1="472" x2="685" y2="536"/></g>
<rect x="640" y="380" width="50" height="200" rx="25" fill="#e3b06a" transform="rotate(-24 665 480)"/>
<ellipse cx="1020" cy="470" rx="40" ry="100" fill="#5b3a7a" transform="rotate(30 1020 470)"/><rect x="1050" y="370" width="26" height="34" rx="8" fill="#4f7d35" transform="rotate(30 1060 390)"/>
<circle cx="770" cy="478" r="56" fill="#c63a2e"/><path d="M770 424q12-22 34-18q-10 22-34 18z" fill="#4f8a3a"/>
<circle cx="860" cy="502" r="52" fill="#f08a24"/><circle cx="872" cy="490" r="8" fill="#f6b56a"/>
<circle cx="930" cy="470" r="46" fill="#6fae4a"/><circle cx="960" cy="500" r="44" fill="#5f9e3e"/><circle cx="900" cy="508" r="40" fill="#7dbb55"/>
<polygon points="450,520 1150,520 1068,830 532,830" fill="#b77b3f"/>
<clipPath id="basket"><polygon points="450,520 1150,520 1068,830 532,830"/></clipPath><g clip-path="url(#basket)">${weave}</g>
<rect x="440" y="504" width="720" height="40" rx="20" fill="#a36a34"/>
<line x1="1064" y1="420" x2="1110" y2="600" stroke="#9aa3ad" stroke-width="3"/>
<g transform="rotate(14 1130 640)"><path d="M1090 600H1200V700H1090L1060 650Z" fill="${white}" stroke="#c9c1b4" stroke-width="3"/><circle cx="1084" cy="650" r="8" fill="#f3d9bb" stroke="#c9c1b4" stroke-width="3"/>
<rect x="1110" y="630" width="70" height="14" rx="7" fill="${accent}"/><rect x="1110" y="658" width="50" height="12" rx="6" fill="#c9d1d8"/></g>`
  )
}

// ─── Sports ──────────────────────────────────────────────────────────────────

function stadiumNight() {
  const defs =
    linear('sky', [
      [0, '#0a1530'],
      [1, '#22355e']
    ]) +
    radial('flood', [
      [0, '#fffbe6', 0.75],
      [1, '#fffbe6', 0]
    ]) +
    ballShade
  const random = seeded(21)
  let stars = ''
  for (let i = 0; i < 70; i++) {
    stars += `<circle cx="${n(random() * 1600)}" cy="${n(random() * 340)}" r="${n(1 + random() * 2)}" fill="${white}" opacity="${n(0.3 + random() * 0.6)}"/>`
  }
  const corners = [
    [520, 490],
    [1080, 490],
    [1160, 780],
    [440, 780]
  ]
  const at = (u, v) => lerpPoint(lerpPoint(corners[0], corners[1], u), lerpPoint(corners[3], corners[2], u), v)
  let stripes = ''
  for (let k = 0; k < 10; k++) {
    const u0 = k / 10
    const u1 = (k + 1) / 10
    stripes += `<polygon points="${points([at(u0, 0), at(u1, 0), at(u1, 1), at(u0, 1)])}" fill="${k % 2 ? '#3f8f3a' : '#4b9d44'}"/>`
  }
  const box = (u0, u1) => points([at(u0, 0.22), at(u1, 0.22), at(u1, 0.78), at(u0, 0.78)])
  const tower = (x, top, bottom) =>
    `<line x1="${x}" y1="${bottom}" x2="${x}" y2="${top}" stroke="#7e889c" stroke-width="10"/><circle cx="${x}" cy="${top}" r="190" fill="url(#flood)"/><rect x="${x - 62}" y="${top - 30}" width="124" height="54" rx="4" fill="#fffbe6"/><g stroke="#d8d2b0" stroke-width="3"><line x1="${x - 62}" y1="${top - 3}" x2="${x + 62}" y2="${top - 3}"/><line x1="${x - 20}" y1="${top - 30}" x2="${x - 20}" y2="${top + 24}"/><line x1="${x + 20}" y1="${top - 30}" x2="${x + 20}" y2="${top + 24}"/></g>`
  return svg(
    1600,
    1000,
    defs,
    `<rect width="1600" height="1000" fill="url(#sky)"/>
${stars}
${tower(430, 130, 420)}${tower(1170, 130, 420)}
<ellipse cx="800" cy="640" rx="780" ry="340" fill="#1b2233"/>
<ellipse cx="800" cy="640" rx="760" ry="330" fill="#2a3346"/>
<ellipse cx="800" cy="648" rx="710" ry="300" fill="#6b3b4a"/>
<ellipse cx="800" cy="652" rx="670" ry="278" fill="#4a5878"/>
<ellipse cx="800" cy="656" rx="630" ry="254" fill="#6b3b4a"/>
<ellipse cx="800" cy="660" rx="590" ry="232" fill="#2c3850"/>
<ellipse cx="800" cy="640" rx="560" ry="215" fill="#2f7a39"/>
${stripes}
<g fill="none" stroke="${white}" stroke-width="4" opacity="0.9">
<polygon points="${points(corners)}"/>
<line x1="800" y1="490" x2="800" y2="780"/>
<ellipse cx="800" cy="635" rx="78" ry="40"/>
<polygon points="${box(0, 0.15)}"/><polygon points="${box(0.85, 1)}"/>
</g>
${football(800, 630, 14, 'ball-s1')}
${tower(110, 90, 980)}${tower(1490, 90, 980)}`
  )
}

function athleticsTrack() {
  const defs = linear('sky', [
    [0, '#8cc4ea'],
    [1, '#e0f0fa']
  ])
  const horizon = 380
  const width = (y) => 300 + ((y - horizon) / 620) * 1700
  const left = (y) => 760 - ((y - horizon) / 620) * 960
  const laneX = (y, k) => left(y) + (width(y) * k) / 8
  let lines = ''
  for (let k = 0; k <= 8; k++) {
    const [x0, x1] = [laneX(1000, k), laneX(horizon, k)]
    lines += `<polygon points="${points([
      [x1 - 1, horizon],
      [x1 + 1, horizon],
      [x0 + 6, 1000],
      [x0 - 6, 1000]
    ])}" fill="${white}"/>`
  }
  let hurdles = ''
  for (const y of [480, 610, 800]) {
    const lane = width(y) / 8
    const h = lane * 0.5
    for (let k = 0; k < 8; k++) {
      const x0 = laneX(y, k) + lane * 0.12
      const x1 = laneX(y, k + 1) - lane * 0.12
      const t = Math.max(3, lane * 0.05)
      hurdles += `<line x1="${n(x0)}" y1="${n(y)}" x2="${n(x0)}" y2="${n(y - h)}" stroke="#4a5058" stroke-width="${n(t)}"/><line x1="${n(x1)}" y1="${n(y)}" x2="${n(x1)}" y2="${n(y - h)}" stroke="#4a5058" stroke-width="${n(t)}"/>`
      hurdles += `<line x1="${n(x0 - t * 2)}" y1="${n(y)}" x2="${n(x0 + t * 2)}" y2="${n(y)}" stroke="#4a5058" stroke-width="${n(t)}"/><line x1="${n(x1 - t * 2)}" y1="${n(y)}" x2="${n(x1 + t * 2)}" y2="${n(y)}" stroke="#4a5058" stroke-width="${n(t)}"/>`
      const bar = lane * 0.16
      hurdles += `<rect x="${n(x0 - t)}" y="${n(y - h - bar)}" width="${n(x1 - x0 + 2 * t)}" height="${n(bar)}" fill="${white}"/>`
      for (let s = 0; s < 3; s++) {
        const sx = x0 + ((x1 - x0) * (2 * s + 0.5)) / 6
        hurdles += `<rect x="${n(sx)}" y="${n(y - h - bar)}" width="${n((x1 - x0) / 6)}" height="${n(bar)}" fill="${ink}"/>`
      }
    }
  }
  let seats = ''
  for (let i = 0; i < 4; i++) {
    seats += `<rect x="0" y="${268 + i * 26}" width="1600" height="12" fill="${['#c0533a', '#2e6da4', '#e0a526', '#3f8f4f'][i]}" opacity="0.55"/>`
  }
  return svg(
    1600,
    1000,
    defs,
    `<rect width="1600" height="400" fill="url(#sky)"/>
<ellipse cx="300" cy="120" rx="150" ry="34" fill="${white}" opacity="0.7"/><ellipse cx="1250" cy="90" rx="120" ry="28" fill="${white}" opacity="0.7"/>
<polygon points="0,260 1600,220 1600,380 0,380" fill="#56677a"/>
<rect x="0" y="210" width="1600" height="40" fill="#3d4b5a"/>
${seats}
<rect y="380" width="1600" height="620" fill="#5aa14c"/>
<polygon points="${points([
      [left(horizon), horizon],
      [left(horizon) + width(horizon), horizon],
      [left(1000) + width(1000), 1000],
      [left(1000), 1000]
    ])}" fill="#c2573c"/>
${lines}
<polygon points="${points([
      [laneX(900, 0), 900],
      [laneX(900, 8), 900],
      [laneX(930, 8), 930],
      [laneX(930, 0), 930]
    ])}" fill="${white}"/>
${hurdles}`
  )
}

function goalNet() {
  const defs =
    linear('stands', [
      [0, '#2b3749'],
      [1, '#46566c']
    ]) + ballShade
  let crowd = ''
  const random = seeded(5)
  for (let i = 0; i < 60; i++) {
    const color = ['#c0533a', '#e9e3d6', '#2e6da4', '#e0a526'][i % 4]
    crowd += `<circle cx="${n(random() * 1600)}" cy="${n(30 + random() * 250)}" r="${n(6 + random() * 6)}" fill="${color}" opacity="0.45"/>`
  }
  let boards = ''
  for (let i = 0; i < 8; i++)
    boards += `<rect x="${i * 200}" y="300" width="200" height="60" fill="${[accent, '#1f4f82', '#f2eee6', '#2f7d4f'][i % 4]}"/>`
  let grass = ''
  let y = 360
  for (let k = 0; y < 1000; k++) {
    const h = 40 + k * 18
    grass += `<rect x="0" y="${y}" width="1600" height="${h}" fill="${k % 2 ? '#3f8f3a' : '#4c9d44'}"/>`
    y += h
  }
  let net = ''
  for (let d = -1000; d < 1800; d += 56) {
    net += `<line x1="${d}" y1="160" x2="${d + 640}" y2="800"/><line x1="${d + 640}" y1="160" x2="${d}" y2="800"/>`
  }
  let bulge = ''
  for (let k = 1; k <= 4; k++) bulge += `<ellipse cx="900" cy="440" rx="${110 + k * 36}" ry="${100 + k * 30}"/>`
  return svg(
    1600,
    1000,
    defs,
    `<rect width="1600" height="300" fill="url(#stands)"/>
${crowd}
${boards}
${grass}
<rect x="0" y="772" width="1600" height="10" fill="${white}"/>
<clipPath id="net"><polygon points="230,170 1600,130 1600,780 230,780"/></clipPath>
<polygon points="230,170 1600,130 1600,780 230,780" fill="#dfe7ee" opacity="0.08"/>
<g clip-path="url(#net)" stroke="#eef3f7" stroke-width="3" opacity="0.55">${net}</g>
<g fill="none" stroke="#eef3f7" stroke-width="3" opacity="0.5">${bulge}</g>
<g stroke="${white}" stroke-width="10" stroke-linecap="round" opacity="0.7"><line x1="420" y1="380" x2="660" y2="410"/><line x1="460" y1="450" x2="690" y2="462"/><line x1="440" y1="520" x2="660" y2="500"/></g>
${football(900, 440, 112, 'ball-s3')}
<g stroke="#eef3f7" stroke-width="3" opacity="0.35"><line x1="800" y1="340" x2="1000" y2="540"/><line x1="1000" y1="340" x2="800" y2="540"/></g>
<polygon points="206,160 1600,118 1600,146 230,186 230,790 206,790" fill="#f4f6f8"/>
<polygon points="230,186 1600,146 1600,154 230,194" fill="#b9c2cb"/>`
  )
}

function marathon() {
  const defs =
    linear('sky', [
      [0, '#a6d6ef'],
      [1, '#fcefd8']
    ]) +
    linear('sea', [
      [0, '#4f9cc2'],
      [1, '#2a6f98']
    ])
  const vanish = [780, 470]
  const roadLeft = (t) => lerpPoint([200, 1000], [760, 470], t)
  const roadRight = (t) => lerpPoint([1400, 1000], [800, 470], t)
  let dashes = ''
  for (let k = 0; k < 9; k++) {
    const t0 = 1 - 0.72 ** k
    const t1 = t0 + (1 - t0) * 0.14
    const [x0, y0] = lerpPoint([800, 1000], vanish, t0)
    const [x1, y1] = lerpPoint([800, 1000], vanish, t1)
    const w = 14 * (1 - t0)
    dashes += `<polygon points="${points([
      [x0 - w, y0],
      [x0 + w, y0],
      [x1 + w * 0.8, y1],
      [x1 - w * 0.8, y1]
    ])}" fill="${white}"/>`
  }
  const palm = (t) => {
    const [x, y] = lerpPoint([1520, 1000], [815, 470], t)
    const s = 1 - t * 0.92
    const h = 440 * s
    const top = [x - 30 * s, y - h]
    let fronds = ''
    for (const [dx, dy] of [
      [-150, 30],
      [-110, 80],
      [150, 40],
      [110, 90],
      [-40, -60],
      [60, -50]
    ]) {
      const [ex, ey] = [top[0] + dx * s, top[1] + dy * s]
      const [mx, my] = [top[0] + dx * 0.5 * s, top[1] + (dy * 0.5 - 50) * s]
      fronds += `<path d="M${n(top[0])} ${n(top[1])}Q${n(mx)} ${n(my - 20 * s)} ${n(ex)} ${n(ey)}Q${n(mx)} ${n(my + 20 * s)} ${n(top[0])} ${n(top[1])}Z" fill="#3d7d3a"/>`
    }
    return `<path d="M${n(x - 10 * s)} ${n(y)}Q${n(x + 10 * s)} ${n(y - h * 0.6)} ${n(top[0] - 7 * s)} ${n(top[1])}L${n(top[0] + 7 * s)} ${n(top[1])}Q${n(x + 30 * s)} ${n(y - h * 0.6)} ${n(x + 10 * s)} ${n(y)}Z" fill="#8a6541"/>${fronds}`
  }
  const archY = 700
  const [ax0] = roadLeft((1000 - archY) / 530)
  const [ax1] = roadRight((1000 - archY) / 530)
  let checker = ''
  const cells = 14
  for (let i = 0; i < cells; i++) {
    for (let row = 0; row < 2; row++) {
      if ((i + row) % 2) continue
      const x = ax0 + ((ax1 - ax0) * i) / cells
      checker += `<rect x="${n(x)}" y="${archY + row * 9}" width="${n((ax1 - ax0) / cells)}" height="9" fill="${ink}"/>`
    }
  }
  let posts = ''
  for (let k = 0; k < 8; k++) {
    const [x, y] = lerpPoint([-100, 1000], [740, 470], 1 - 0.75 ** k)
    const s = 0.75 ** k
    posts += `<rect x="${n(x)}" y="${n(y - 60 * s)}" width="${n(Math.max(2, 8 * s))}" height="${n(60 * s)}" fill="#e9edf0"/>`
  }
  let buildings = ''
  const random = seeded(9)
  for (let x = 840; x < 1600; x += 58) {
    const h = 20 + Math.floor(random() * 50)
    buildings += `<rect x="${x}" y="${470 - h}" width="54" height="${h}" fill="#c9d3dc"/>`
  }
  return svg(
    1600,
    1000,
    defs,
    `<rect width="1600" height="480" fill="url(#sky)"/>
<circle cx="380" cy="200" r="60" fill="#fff3d1"/>
${buildings}
<polygon points="0,470 740,470 0,937" fill="url(#sea)"/>
<g stroke="${white}" stroke-width="3" opacity="0.35" stroke-linecap="round"><line x1="60" y1="540" x2="240" y2="540"/><line x1="300" y1="600" x2="460" y2="600"/><line x1="80" y1="680" x2="280" y2="680"/></g>
<polygon points="740,470 760,470 200,1000 -100,1000 0,937" fill="#d9cdb6"/>
<line x1="0" y1="937" x2="740" y2="470" stroke="#e9edf0" stroke-width="6"/>
${posts}
<polygon points="820,470 1600,470 1600,1000 1700,1000" fill="#e6d3ae"/>
<polygon points="800,470 820,470 1700,1000 1400,1000" fill="#cfc6b4"/>
<polygon points="760,470 800,470 1400,1000 200,1000" fill="#5b6068"/>
<line x1="760" y1="470" x2="200" y2="1000" stroke="${white}" stroke-width="5"/><line x1="800" y1="470" x2="1400" y2="1000" stroke="${white}" stroke-width="5"/>
${dashes}
${checker}
<path d="M${n(ax0 - 10)} ${archY + 10}C${n(ax0 - 10)} ${n(archY - (ax1 - ax0) * 0.75)} ${n(ax1 + 10)} ${n(archY - (ax1 - ax0) * 0.75)} ${n(ax1 + 10)} ${archY + 10}" fill="none" stroke="${accent}" stroke-width="48" stroke-linecap="round"/>
<path d="M${n(ax0 - 10)} ${archY + 10}C${n(ax0 - 10)} ${n(archY - (ax1 - ax0) * 0.75)} ${n(ax1 + 10)} ${n(archY - (ax1 - ax0) * 0.75)} ${n(ax1 + 10)} ${archY + 10}" fill="none" stroke="${white}" stroke-width="8" stroke-dasharray="30 24"/>
${[0.9, 0.78, 0.62, 0.42, 0.15].map(palm).join('')}`
  )
}

function nationalTeam() {
  const defs =
    linear('wall', [
      [0, '#dbe3ea'],
      [1, '#b7c5d2']
    ]) + ballShade
  const shirt = (cx, color, trim, stripe) => {
    const d = `M${cx - 50} 270L${cx - 140} 296L${cx - 215} 390L${cx - 165} 445L${cx - 125} 410L${cx - 125} 700L${cx + 125} 700L${cx + 125} 410L${cx + 165} 445L${cx + 215} 390L${cx + 140} 296L${cx + 50} 270Q${cx} 330 ${cx - 50} 270Z`
    return `<path d="M${cx} 236V170C${cx} 146 ${cx + 30} 146 ${cx + 30} 168" fill="none" stroke="#7c858e" stroke-width="6" stroke-linecap="round"/>
<path d="${d}" fill="${color}" stroke="#000" stroke-opacity="0.12" stroke-width="4"/>
${stripe ? `<rect x="${cx - 22}" y="318" width="44" height="382" fill="${trim}" opacity="0.9"/>` : ''}
<polyline points="${points([
      [cx - 170, 296 + 26],
      [cx - 140, 296],
      [cx - 50, 270]
    ])}" fill="none" stroke="#a0703f" stroke-width="14" stroke-linecap="round"/>
<polyline points="${points([
      [cx + 170, 296 + 26],
      [cx + 140, 296],
      [cx + 50, 270]
    ])}" fill="none" stroke="#a0703f" stroke-width="14" stroke-linecap="round"/>
<path d="M${cx - 50} 270Q${cx} 330 ${cx + 50} 270" fill="none" stroke="${trim}" stroke-width="12"/>
<line x1="${cx - 215}" y1="390" x2="${cx - 165}" y2="445" stroke="${trim}" stroke-width="14"/><line x1="${cx + 215}" y1="390" x2="${cx + 165}" y2="445" stroke="${trim}" stroke-width="14"/>
<circle cx="${cx + 62}" cy="370" r="18" fill="${trim}"/>
<rect x="${cx - 125}" y="690" width="250" height="10" fill="#000" opacity="0.12"/>`
  }
  let panels = ''
  for (let x = 200; x < 1600; x += 200)
    panels += `<line x1="${x}" y1="0" x2="${x}" y2="800" stroke="${white}" stroke-width="3" opacity="0.35"/>`
  return svg(
    1600,
    1000,
    defs,
    `<rect width="1600" height="1000" fill="url(#wall)"/>
${panels}
<rect y="840" width="1600" height="160" fill="#7c8893"/>
${shirt(340, '#b3362b', '#f4f1ea', false)}${shirt(800, '#f4f1ea', '#b3362b', true)}${shirt(1260, '#2f7a4a', '#f2c14e', false)}
<rect x="120" y="168" width="1360" height="18" rx="9" fill="#8c98a4"/>
<rect x="130" y="150" width="14" height="40" fill="#6e7a86"/><rect x="1456" y="150" width="14" height="40" fill="#6e7a86"/>
<rect x="60" y="790" width="1480" height="40" rx="8" fill="#a0703f"/><rect x="60" y="790" width="1480" height="10" rx="5" fill="#b9875a"/>
<rect x="120" y="830" width="30" height="120" fill="#7d5530"/><rect x="1450" y="830" width="30" height="120" fill="#7d5530"/>
${football(1470, 730, 60, 'ball-s5')}
<path d="M160 786C120 700 260 660 300 760" fill="none" stroke="${accent}" stroke-width="6"/>
<rect x="210" y="750" width="110" height="40" rx="18" fill="#9aa4ad"/><circle cx="300" cy="770" r="30" fill="#b8c0c8"/><circle cx="300" cy="770" r="12" fill="#6e7a86"/>
<circle cx="210" cy="770" r="12" fill="none" stroke="#6e7a86" stroke-width="6"/>`
  )
}

// ─── Writing ─────────────────────────────────────────────────────────────────

const pictures = [
  ['politics/2026-09-22-voter-registration-opens/picture.jpg', voterRegistration],
  ['2026-10-02-ceasefire-talks/picture.jpg', ceasefireMap],
  ['politics/2026-10-15-local-government-law/picture.jpg', parliament],
  ['politics/2026-11-18-municipal-elections-tripoli/picture.jpg', municipalElections],
  ['politics/2026-11-27-preliminary-results/picture.jpg', preliminaryResults],
  ['politics/2026-12-03-neighbours-ministers-meeting/picture.jpg', neighboursMeeting],
  ['economy/2026-09-29-central-bank-exchange-rate/picture.jpg', centralBank],
  ['economy/2026-10-09-oil-exports/picture.jpg', oilExports],
  ['economy/2026-10-09-oil-exports/chart.jpg', oilChart],
  ['economy/2026-10-28-budget-2027-draft/picture.jpg', budgetDraft],
  ['economy/2026-10-28-budget-2027-draft/chart.jpg', budgetChart],
  ['economy/2026-11-10-misrata-port-containers/picture.jpg', misrataPort],
  ['economy/2026-12-01-inflation-october/picture.jpg', inflation],
  ['sports/2026-09-20-league-opening-round/picture.jpg', stadiumNight],
  ['sports/2026-10-19-athletics-championship-misrata/picture.jpg', athleticsTrack],
  ['sports/2026-11-05-league-matchday-8/picture.jpg', goalNet],
  ['sports/2026-11-22-benghazi-marathon/picture.jpg', marathon],
  ['sports/2026-12-04-national-team-camp/picture.jpg', nationalTeam]
]

let total = 0
for (const [file, draw] of pictures) {
  const jpeg = await sharp(Buffer.from(draw())).jpeg({quality: 78, mozjpeg: true}).toBuffer()
  await writeFile(path.join(articles, file), jpeg)
  total += jpeg.length
  console.log(`${String(jpeg.length).padStart(7)}  articles/${file}`)
}
console.log(`${String(total).padStart(7)}  bytes in ${pictures.length} pictures`)
