// Every failure leaving storage/ is a StorageError with a message fit to show the reader.

export type StorageErrorCode =
  | 'quota-exceeded'
  | 'blocked'
  | 'version-mismatch'
  | 'unavailable'
  | 'invalid-data'
  | 'invalid-import'
  | 'unknown';

const USER_MESSAGES: Record<StorageErrorCode, string> = {
  'quota-exceeded':
    'Your browser has run out of storage space for Sourcelight, so this change was not saved. Free some disk space or export and delete old notes, then try again.',
  blocked:
    'Sourcelight is being updated in another tab or window. Close other tabs using Sourcelight (or restart the browser), then try again. Your notes are safe.',
  'version-mismatch':
    'Your notes were saved by a newer version of Sourcelight. Update the extension to open them. Nothing has been changed.',
  unavailable:
    'Sourcelight cannot store notes here: browser storage is unavailable (for example in a private window, or when site data is blocked).',
  'invalid-data': 'Sourcelight received a note it could not understand, so nothing was saved.',
  'invalid-import': 'This file could not be imported. Nothing was changed.',
  unknown: 'Sourcelight could not access its storage. Nothing was changed; please try again.',
};

export class StorageError extends Error {
  override readonly name = 'StorageError';

  constructor(
    readonly code: StorageErrorCode,
    message: string = USER_MESSAGES[code],
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  /** Errors do not survive extension messaging; the background sends this instead. */
  toJSON(): { name: 'StorageError'; code: StorageErrorCode; message: string } {
    return { name: this.name, code: this.code, message: this.message };
  }
}

// Dexie wraps the browser's error (AbortError → inner QuotaExceededError, OpenFailedError →
// inner InvalidStateError…), so look at the whole chain, outermost first.
function errorNames(err: unknown): string[] {
  const names: string[] = [];
  let current: unknown = err;
  for (let depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
    const { name, inner, cause } = current as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof name === 'string') names.push(name);
    current = inner ?? cause;
  }
  return names;
}

function codeFor(names: string[]): StorageErrorCode {
  const has = (...candidates: string[]) => names.some((n) => candidates.includes(n));
  if (has('QuotaExceededError')) return 'quota-exceeded';
  if (has('VersionError')) return 'version-mismatch';
  if (has('VersionChangeError', 'BlockedError')) return 'blocked';
  if (has('MissingAPIError', 'InvalidStateError', 'SecurityError', 'UnknownError', 'OpenFailedError'))
    return 'unavailable';
  if (has('ZodError', 'DataError', 'ConstraintError')) return 'invalid-data';
  return 'unknown';
}

/** Maps any thrown value (Dexie error, DOMException, ZodError…) to a StorageError. */
export function toStorageError(err: unknown): StorageError {
  if (err instanceof StorageError) return err;
  return new StorageError(codeFor(errorNames(err)), undefined, { cause: err });
}

/** Wraps an async storage function so that it only ever rejects with a StorageError. */
export function guarded<Args extends unknown[], Result>(
  fn: (...args: Args) => Promise<Result>,
): (...args: Args) => Promise<Result> {
  return async (...args) => {
    try {
      return await fn(...args);
    } catch (err) {
      throw toStorageError(err);
    }
  };
}
