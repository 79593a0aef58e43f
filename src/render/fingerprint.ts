import {createHash} from 'node:crypto'

/** A short, stable hash of JSON-able `parts`: equal parts, equal fingerprint. */
export function fingerprint(...parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 22)
}

/** A short, stable hash of raw bytes or text. */
export function hashBytes(contents: string | Uint8Array): string {
  return createHash('sha256').update(contents).digest('base64url').slice(0, 22)
}

const recordFingerprints = new WeakMap<object, string>()

/**
 * The fingerprint of a record many jobs depend on, such as an article with
 * its body (its page, its JSON, feeds, its search shard): hashed once a
 * build, not once a job.
 */
export function recordFingerprint(record: object): string {
  let value = recordFingerprints.get(record)
  if (value === undefined) {
    value = fingerprint(record)
    recordFingerprints.set(record, value)
  }
  return value
}

/** Records `value` as the fingerprint of `record`, computed while its body was at hand, so that `recordFingerprint` never needs the body. */
export function setRecordFingerprint(record: object, value: string): void {
  recordFingerprints.set(record, value)
}
