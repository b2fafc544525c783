import { describe, expect, it } from 'vitest';
import { ImportFailure, importFailureOf } from '../../src/data/importFailure';

describe('ImportFailure', () => {
  it('carries a code for the page to word and the detail as given, trimmed', () => {
    const failure = new ImportFailure('worker_crashed', '  Out of memory ');
    expect([failure.code, failure.detail, failure.message, failure.name]).toEqual(['worker_crashed', 'Out of memory', 'worker_crashed: Out of memory', 'ImportFailure']);
    expect(new ImportFailure('not_utf8').message).toBe('not_utf8');
  });
});

describe('importFailureOf', () => {
  it('keeps the code and detail of a failure, and of its plain copy as it arrives from a worker', () => {
    expect(importFailureOf(new ImportFailure('not_utf8'))).toEqual({ code: 'not_utf8', detail: '' });
    expect(importFailureOf({ code: 'shipped_missing', detail: 'relocation.csv: HTTP 404' })).toEqual({ code: 'shipped_missing', detail: 'relocation.csv: HTTP 404' });
  });

  it('calls what a browser throws on reading a file (a DOMException, whose own code is a number) unreadable', () => {
    const error = new DOMException('The requested file could not be read.', 'NotReadableError');
    expect(importFailureOf(error)).toEqual({ code: 'unreadable', detail: 'The requested file could not be read.' });
    expect(importFailureOf(new DOMException('', 'NotFoundError'))).toEqual({ code: 'unreadable', detail: 'NotFoundError' });
  });

  it('calls anything else failed, with its message, its name or nothing as the detail', () => {
    expect(importFailureOf(new TypeError('Failed to fetch'))).toEqual({ code: 'failed', detail: 'Failed to fetch' });
    expect(importFailureOf(new RangeError(''))).toEqual({ code: 'failed', detail: 'RangeError' });
    expect(importFailureOf('disk gone')).toEqual({ code: 'failed', detail: 'disk gone' });
    expect(importFailureOf({ code: 'not-a-code' })).toEqual({ code: 'failed', detail: '' });
    expect(importFailureOf(undefined)).toEqual({ code: 'failed', detail: '' });
  });
});
