import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportOutcome, ImportProgress } from '../../../src/data/importStream';
import type { ImportRequest, ImportResponse } from '../../../src/data/load/importMessages';
import { countingBlob, toBlob, utf8 } from '../../support/encode';
import { importAs } from '../../support/importAs';

/** A message from the worker, without the request id it answers (the fake adds it). */
type WorkerSays = { [Type in ImportResponse['type']]: Omit<Extract<ImportResponse, { type: Type }>, 'id'> }[ImportResponse['type']];

/**
 * The facade in Node: a fake Worker class stands in for the browser's, and each test plays the worker's part
 * (messages, errors) by hand. The facade remembers that workers are unavailable, so each test loads it afresh.
 */
class FakeWorker {
  static instances: FakeWorker[] = [];
  /** When set, constructing a worker throws (a browser that refuses module workers). */
  static refuse = false;

  onmessage: ((event: MessageEvent<ImportResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  readonly posted: ImportRequest[] = [];
  terminated = false;

  constructor(
    readonly url: URL | string,
    readonly options?: WorkerOptions,
  ) {
    if (FakeWorker.refuse) throw new Error('module workers are not supported');
    FakeWorker.instances.push(this);
  }

  postMessage(request: ImportRequest): void {
    this.posted.push(request);
  }

  terminate(): void {
    this.terminated = true;
  }

  /** The worker sends a message. */
  send(response: WorkerSays): void {
    this.onmessage?.({ data: { id: this.posted[0]?.id ?? 0, ...response } } as MessageEvent<ImportResponse>);
  }

  /** The worker fails: an error event (one with no message is what a worker whose script cannot load fires). */
  fail(message = ''): { preventDefault: () => void } {
    const event = { message, preventDefault: vi.fn() };
    this.onerror?.(event as unknown as ErrorEvent);
    return event;
  }
}

const originalWorker = (globalThis as { Worker?: unknown }).Worker;

beforeEach(() => {
  FakeWorker.instances = [];
  FakeWorker.refuse = false;
  (globalThis as { Worker?: unknown }).Worker = FakeWorker;
});

afterEach(() => {
  if (originalWorker === undefined) delete (globalThis as { Worker?: unknown }).Worker;
  else (globalThis as { Worker?: unknown }).Worker = originalWorker;
});

async function freshFacade() {
  vi.resetModules();
  return import('../../../src/data/load/importInWorker');
}

const CSV = utf8('county_code,county,period,people\n140923,代县,2019,5\n140921,定襄县,2019,3\n');
const IMPORTED: ImportOutcome = { kind: 'imported', result: importAs('relocation', 'x.csv', CSV) };
const PROGRESS: ImportProgress = { bytesRead: 10, totalBytes: 20, rowsRead: 1 };

function onlyWorker(): FakeWorker {
  expect(FakeWorker.instances).toHaveLength(1);
  return FakeWorker.instances[0]!;
}

describe('importInWorker', () => {
  it('posts the file to a worker, passes its progress on and resolves with its outcome', async () => {
    const { importInWorker } = await freshFacade();
    const seen: ImportProgress[] = [];
    const job = importInWorker(toBlob(CSV), 'x.csv', 'relocation', (progress) => seen.push(progress));
    const worker = onlyWorker();
    expect(worker.posted.map((request) => [request.fileName, request.datasetId, request.file.size])).toEqual([['x.csv', 'relocation', CSV.length]]);
    worker.send({ type: 'progress', progress: PROGRESS });
    worker.send({ type: 'done', outcome: IMPORTED });
    await expect(job.outcome).resolves.toEqual(IMPORTED);
    expect([seen, worker.terminated]).toEqual([[PROGRESS], true]);
  });

  it('reads the file on the main thread when the worker fails before sending anything, and uses no worker after', async () => {
    const { importInWorker } = await freshFacade();
    const job = importInWorker(toBlob(CSV), 'x.csv', null);
    const event = onlyWorker().fail();
    await expect(job.outcome).resolves.toEqual(IMPORTED);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(onlyWorker().terminated).toBe(true);
    await expect(importInWorker(toBlob(CSV), 'x.csv', null).outcome).resolves.toEqual(IMPORTED);
    expect(FakeWorker.instances).toHaveLength(1);
  });

  it('reads the file on the main thread when no worker can be made', async () => {
    FakeWorker.refuse = true;
    const { importInWorker } = await freshFacade();
    await expect(importInWorker(toBlob(CSV), 'x.csv', 'relocation').outcome).resolves.toEqual(IMPORTED);
    expect(FakeWorker.instances).toHaveLength(0);
  });

  it('rejects with a message, without reading the file again on the main thread, when the worker fails mid-file', async () => {
    const { importInWorker, ImportCancelled } = await freshFacade();
    const job = importInWorker(toBlob(CSV), 'x.csv', null);
    const worker = onlyWorker();
    worker.send({ type: 'progress', progress: PROGRESS });
    worker.fail('Out of memory');
    const error: unknown = await job.outcome.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(ImportCancelled);
    expect([error, worker.terminated]).toMatchObject([{ code: 'worker_crashed', detail: 'Out of memory' }, true]);
    // Workers are still used for the next file.
    importInWorker(toBlob(CSV), 'y.csv', null);
    expect(FakeWorker.instances).toHaveLength(2);
  });

  it('says something when a worker fails mid-file with an error event that has no message', async () => {
    const { importInWorker } = await freshFacade();
    const job = importInWorker(toBlob(CSV), 'x.csv', null);
    onlyWorker().send({ type: 'progress', progress: PROGRESS });
    onlyWorker().fail('');
    await expect(job.outcome).rejects.toMatchObject({ code: 'worker_crashed', detail: '' });
  });

  it('rejects a failure the worker reports with its code and detail, for the page to word in its own language', async () => {
    const { importInWorker } = await freshFacade();
    const job = importInWorker(toBlob(CSV), 'x.csv', null);
    onlyWorker().send({ type: 'failed', code: 'unreadable', detail: 'NotReadableError' });
    await expect(job.outcome).rejects.toMatchObject({ code: 'unreadable', detail: 'NotReadableError' });
    expect(onlyWorker().terminated).toBe(true);
  });

  it('rejects with a message when a message from the worker cannot be read', async () => {
    const { importInWorker } = await freshFacade();
    const job = importInWorker(toBlob(CSV), 'x.csv', null);
    const worker = onlyWorker();
    worker.onmessageerror?.({} as MessageEvent);
    await expect(job.outcome).rejects.toMatchObject({ code: 'worker_message' });
    expect(worker.terminated).toBe(true);
  });

  it('cancels by ending the worker and rejecting with ImportCancelled; what the worker sends after is ignored', async () => {
    const { importInWorker, ImportCancelled } = await freshFacade();
    const seen: ImportProgress[] = [];
    const job = importInWorker(toBlob(CSV), 'x.csv', null, (progress) => seen.push(progress));
    const worker = onlyWorker();
    job.cancel();
    worker.send({ type: 'progress', progress: PROGRESS });
    worker.send({ type: 'done', outcome: IMPORTED });
    await expect(job.outcome).rejects.toBeInstanceOf(ImportCancelled);
    expect([worker.terminated, seen]).toEqual([true, []]);
  });
});

describe('importInWorker on the main thread', () => {
  /** A CSV over two default (1 MiB) chunks, and a Blob that counts the slices read from it. */
  function bigCountingBlob(): { blob: Blob; slices: () => number } {
    return countingBlob(toBlob(utf8(`county_code,county,period,people\n${',,,\n'.repeat(600_000)}`)));
  }

  it.each([
    ['there is no Worker at all', () => delete (globalThis as { Worker?: unknown }).Worker],
    ['the worker could not start', () => {}],
  ])('cancels when %s: rejects with ImportCancelled and reads no further chunk', async (_name, setUp) => {
    setUp();
    const { importInWorker, ImportCancelled } = await freshFacade();
    const { blob, slices } = bigCountingBlob();
    expect(blob.size).toBeGreaterThan(2 * (1 << 20));
    const seen: ImportProgress[] = [];
    const job = importInWorker(blob, 'big.csv', 'relocation', (progress) => {
      seen.push(progress);
      job.cancel();
    });
    FakeWorker.instances[0]?.fail();
    await expect(job.outcome).rejects.toBeInstanceOf(ImportCancelled);
    // The 3 bytes looked at for a BOM and the first chunk; none after the cancel.
    expect([slices(), seen.map((progress) => progress.bytesRead)]).toEqual([2, [1 << 20]]);
  });

  it('cancels before the first chunk when cancelled at once', async () => {
    FakeWorker.refuse = true;
    const { importInWorker, ImportCancelled } = await freshFacade();
    const { blob, slices } = bigCountingBlob();
    const job = importInWorker(blob, 'big.csv', 'relocation');
    job.cancel();
    await expect(job.outcome).rejects.toBeInstanceOf(ImportCancelled);
    expect(slices()).toBe(0);
  });
});
