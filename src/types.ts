import type {Place} from './messages.ts'
/** Site-wide settings; every key has a default in `defaultConfig`. */
export interface SiteConfig {
  /** Site name, shown in the header and in every `<title>`. */
  title: string
  /** One sentence describing the site, for the home page `<meta name="description">`. */
  description: string
  /** Absolute URL the site is served from, ending in `/`. */
  baseUrl: string
  /** BCP 47 locale for dates, such as `ar-LY`. */
  locale: string
  /** Digits in dates: Western (`latn`, 0-9) or Arabic-Indic (`arab`, ٠-٩). */
  numerals: 'latn' | 'arab'
  /** Articles per list page. */
  pageSize: number
  /** Extra lines of scraped page chrome to strip from the end of plain-text articles. */
  furniture: string[]
  /** Show the Hijri (Umm al-Qura) date beside the Gregorian one. */
  hijri: boolean
  /** Publish articles dated after today at once (`--future`), rather than holding them back until their day. */
  future: boolean
  /** Publish drafts (`--drafts`), marked as such on their pages; `serve` does unless `--no-drafts`. */
  drafts: boolean
  /** The site's logo, a `.svg` or `.png` file in `public/` shown before its name in the header; empty for none. */
  logo: string
  /** Colour of links in the light scheme, `#rrggbb`, at least 4.5:1 against the page; empty for the default blue. */
  accent: string
  /** A line of text for the footer, such as the newsroom's address or licence; empty for none. */
  footer: string
  /** The newsroom's accounts elsewhere, linked from the footer in this order. */
  social: Array<{name: string; url: string}>
  /**
   * The sections in the order the header shows them, each a name or a name
   * with its URL slug and the folder under `articles/` that holds it; sections
   * not listed follow, in Arabic alphabetical order.
   */
  sections: Array<string | SectionSetting>
}

/** A configured section: `{"name": "سياسة", "slug": "politics"}`; articles name it by its name or by its slug. */
export interface SectionSetting {
  /** Shown in the header and as the section page's heading. */
  name: string
  /** The URL is `/sections/<slug>/`; also accepted as the section's name in `section:` and as its folder. */
  slug?: string
}

/** Where an article's date came from, most trusted first. */
export type DateSource = 'front-matter' | 'text' | 'page' | 'file-name' | 'git' | 'modified'

/** One published article, a pure function of its file and the site config. */
export interface Article {
  /** URL-safe name, unique in the site; the page lives at `articles/<slug>/`. */
  slug: string
  /** Site-relative URL of the article page, such as `/articles/<slug>/`. */
  url: string
  /** Headline, from front matter, a leading heading, or inferred from the text. */
  title: string
  /** Publication day, `YYYY-MM-DD`. */
  date: string
  /** Where `date` came from. */
  dateSource: DateSource
  /** Day of the last substantial update, `YYYY-MM-DD`, when the file gives one. */
  updated?: string
  /** Lead picture as the file gives it: an http(s) address, a path from the article's folder, or `/…` from public/. */
  image?: string
  /** What the lead picture shows, for readers who cannot see it. */
  imageAlt?: string
  /** The lead picture's caption. */
  imageCaption?: string
  /** Who took or made the lead picture. */
  imageCredit?: string
  /** The section as the file names it (`section:`, or the first folder under the articles folder). */
  section?: string
  /** Writer's name, when the file gives one. */
  author?: string
  /** Tags in the order the file lists them, without duplicates. */
  tags: string[]
  /** Short text for lists and previews. */
  summary: string
  /** Words as a reader counts them: tokens holding a letter or digit. */
  wordCount: number
  /** Reading time at `WORDS_PER_MINUTE`, at least 1. */
  readingMinutes: number
  /** Path of the file relative to the articles folder, with `/` separators. */
  source: string
  /** `markdown`, `text` or `html` (a saved web page), from the file extension. */
  format: 'markdown' | 'text' | 'html'
  /** Front matter keys Warraq does not know, kept as given. */
  extra: Record<string, unknown>
  /** Why the page is marked as not published: a draft, or dated after today (`serve` shows both). Absent when published. */
  status?: 'draft' | 'scheduled'
  /** Where the file gives the date and slug, for messages about them after parsing; never in the published records. */
  places?: {date?: Place; slug?: Place; image?: Place}
  /** The local pictures of the body, in order: `<!--picture:N-->` in `html` stands for the N-th; never in the published records. */
  pictures?: BodyPicture[]
  /** The body as HTML, sanitized and serialized once when the file is parsed. */
  html: string
  /** The body as plain text, one string per block. */
  paragraphs: string[]
}

/** A picture in an article's body, as Markdown wrote it: `![alt](src "caption")`. */
export interface BodyPicture {
  /** The address as written: a path from the article's folder, or `/…` from public/. */
  src: string
  alt: string
  /** The Markdown title, shown as the caption. */
  caption?: string
  /** Whether the picture stands alone in its paragraph: a figure, rather than a picture inside the text. */
  block: boolean
  /** Where the file gives it. */
  place?: Place
}

/** An article record as listed in `articles.json`: everything but the body and what only the build needs. */
export type ArticleRecord = Omit<Article, 'html' | 'paragraphs' | 'places' | 'pictures'>

/**
 * One file of the built site, rendered only when needed: `fingerprint`
 * covers everything `render` reads, so an equal fingerprint means equal bytes.
 */
export interface OutputJob {
  /** Path inside the output folder, with `/` separators and no leading slash. */
  path: string
  fingerprint: string
  render: () => string | Uint8Array | Promise<string | Uint8Array>
}

/** One file of the built site. */
export interface Output {
  /** Path inside the output folder, with `/` separators and no leading slash. */
  path: string
  /** File contents. */
  contents: string | Uint8Array
}

declare module 'vfile' {
  interface DataMap {
    /** Day the file was last committed to git, `YYYY-MM-DD`, when it is tracked. */
    gitDay: string
    /** Day the file was last modified, `YYYY-MM-DD` in UTC. */
    modifiedDay: string
    /** Hash of the file's bytes, for the cache. */
    contentHash: string
    /** Size, change times and inode: equal stamps let a build trust a file unchanged without reading it. */
    stamp: string
    /** Set when the file is not an article after all (binary), so it is not parsed. */
    skipped: boolean
  }
}
