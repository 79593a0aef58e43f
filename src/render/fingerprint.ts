import {createHash} from 'node:crypto'

/** A short, stable hash of JSON-able `parts`: equal parts, equal fingerprint. */
export function fingerprint(...parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 22)
}

/** A short, stable hash of raw bytes or text. */
export function hashBytes(contents: string | Uint8Array): string {
  return createHash('sha256').update(contents).digest('base64url').slice(0, 22)
}
