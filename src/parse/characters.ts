/** Control characters (but tab and line ends) and noncharacters: invisible in text, and parse errors in HTML. */
const disallowed =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufdd0-\ufdef\ufffe\uffff]|[\ud83f\ud87f\ud8bf\ud8ff\ud93f\ud97f\ud9bf\ud9ff\uda3f\uda7f\udabf\udaff\udb3f\udb7f\udbbf\udbff][\udffe\udfff]/g

/** `text` with every character HTML does not allow replaced by a space of the same length. */
export function blankDisallowed(text: string): string {
  return text.replace(disallowed, (match) => ' '.repeat(match.length))
}
