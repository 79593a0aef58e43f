/** Marks a reader does not see as a different word: tatweel and Arabic diacritics, and invisible format characters (joiners, bidi marks). */
const invisible = /[\u0640\u064b-\u065f\u0670\u06d6-\u06ed]|\p{Cf}/gu

/** Keys computed so far: a build asks for the key of each tag of each article several times, and an archive has few distinct names. */
const keys = new Map<string, string>()

/** The identity of a tag or author name: NFC, without tatweel, diacritics or invisible characters, spaces collapsed, Latin in lower case. */
export function termKey(name: string): string {
  let key = keys.get(name)
  if (key === undefined) {
    key = name.normalize('NFC').replace(invisible, '').replace(/\s+/gu, ' ').trim().toLowerCase()
    keys.set(name, key)
  }
  return key
}
