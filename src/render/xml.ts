import type {Element, Nodes} from 'xast'
import {toXml} from 'xast-util-to-xml'
import {x} from 'xastscript'

/** Serializes an XML tree as a document: the XML declaration, the tree, a final newline. */
export function xmlDocument(tree: Element): string {
  return `${toXml(x(null, {type: 'instruction', name: 'xml', value: 'version="1.0" encoding="utf-8"'}, '\n', tree))}\n`
}

/**
 * Text for XML content. xast-util-to-xml escapes `&` and `<` but not `>`, and
 * `]]>` may not appear in XML text, so each such `>` goes in a CDATA section.
 */
export function xmlText(value: string): Array<Nodes | string> {
  return value
    .split(']]>')
    .flatMap((part, index) => (index === 0 ? [part] : [']]', {type: 'cdata' as const, value: '>'}, part]))
}
