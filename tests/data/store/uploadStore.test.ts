import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { isQuotaExceeded, memoryStore, openUploadStore, requestPersistentStorage, type StoredTable } from '../../../src/data/store/uploadStore';
import { relocation, site } from '../support/records';

const RELOCATION: StoredTable<'relocation'> = {
  datasetId: 'relocation',
  keepsShipped: true,
  files: [{ fileName: '乡镇（测试）.csv', appliedAt: '2024-05-01T00:30:00.000Z', rows: 2 }],
  records: [relocation({ township: '上馆镇', people: 1200 }), relocation({ line: 3, township: '峨口镇', people: 497, derived: ['households'] })],
};

const SITES: StoredTable<'sites'> = {
  datasetId: 'sites',
  keepsShipped: false,
  files: [{ fileName: 'sites.csv', appliedAt: '2024-05-02T00:00:00.000Z', rows: 1 }],
  records: [site({ site: '测试安置点甲', people: 400, opened: 2018 })],
};

/** A factory whose open() throws, as IndexedDB does in some private windows. */
function throwingFactory(): IDBFactory {
  return {
    open: () => {
      throw new DOMException('blocked', 'SecurityError');
    },
  } as unknown as IDBFactory;
}

/** A factory whose open request fails later, through its error event. */
function failingFactory(): IDBFactory {
  return {
    open: () => {
      const request = { error: new DOMException('disk full', 'QuotaExceededError') } as unknown as IDBOpenDBRequest;
      setTimeout(() => {
        request.onerror?.call(request, new Event('error'));
      }, 0);
      return request;
    },
  } as unknown as IDBFactory;
}

describe('openUploadStore on IndexedDB (fake-indexeddb)', () => {
  it('remembers the analyst’s column matches by wording, adds to them, keeps them beside the tables, and clears them', async () => {
    const factory = new IDBFactory();
    const store = await openUploadStore(factory);
    await store.save(SITES);
    await store.rememberMappings({ 搬迁人口数: 'people' });
    await store.rememberMappings({ 户数合计: 'households', 搬迁人口数: 'registered_poor_people' });
    const reopened = await openUploadStore(factory);
    expect(await reopened.loadMappings()).toEqual({ 搬迁人口数: 'registered_poor_people', 户数合计: 'households' });
    await reopened.clearMappings();
    expect(await reopened.loadMappings()).toEqual({});
    expect(await reopened.loadAll()).toEqual({ sites: SITES });
  });

  it('keeps column matches in memory where IndexedDB cannot open', async () => {
    const store = memoryStore();
    await store.rememberMappings({ 搬迁人口数: 'people' });
    expect(await store.loadMappings()).toEqual({ 搬迁人口数: 'people' });
    await store.clearMappings();
    expect(await store.loadMappings()).toEqual({});
  });

  it('is persistent and starts empty', async () => {
    const store = await openUploadStore(new IDBFactory());
    expect(store.persistent).toBe(true);
    expect(await store.loadAll()).toEqual({});
  });

  it('gives back what was saved, by dataset, with periods, derived marks and whether shipped rows are kept intact', async () => {
    const store = await openUploadStore(new IDBFactory());
    await store.save(RELOCATION);
    await store.save(SITES);
    expect(await store.loadAll()).toEqual({ relocation: RELOCATION, sites: SITES });
  });

  it('keeps whether the shipped rows are shown, for each table as saved', async () => {
    const store = await openUploadStore(new IDBFactory());
    await store.save(RELOCATION);
    await store.save(SITES);
    const loaded = await store.loadAll();
    expect([loaded.relocation?.keepsShipped, loaded.sites?.keepsShipped]).toEqual([true, false]);
  });

  it('replaces a dataset’s table when it is saved again', async () => {
    const store = await openUploadStore(new IDBFactory());
    await store.save(RELOCATION);
    const replaced = { ...RELOCATION, records: [relocation({ people: 5 })] };
    await store.save(replaced);
    expect(await store.loadAll()).toEqual({ relocation: replaced });
  });

  it('removes one dataset’s table, leaving the others', async () => {
    const store = await openUploadStore(new IDBFactory());
    await store.save(RELOCATION);
    await store.save(SITES);
    await store.remove('relocation');
    expect(await store.loadAll()).toEqual({ sites: SITES });
  });

  it('keeps the tables after a reload: a new store on the same IndexedDB reads them', async () => {
    const factory = new IDBFactory();
    const before = await openUploadStore(factory);
    await before.save(RELOCATION);
    await before.save(SITES);
    await before.remove('sites');
    const after = await openUploadStore(factory);
    expect(after.persistent).toBe(true);
    expect(await after.loadAll()).toEqual({ relocation: RELOCATION });
  });

  it('keeps nothing across separate IndexedDBs (a different browser profile)', async () => {
    await (await openUploadStore(new IDBFactory())).save(RELOCATION);
    expect(await (await openUploadStore(new IDBFactory())).loadAll()).toEqual({});
  });
});

describe('openUploadStore without IndexedDB', () => {
  it.each([
    ['open() throws', throwingFactory],
    ['the open request fails', failingFactory],
  ])('falls back to a memory store that says it is not persistent when %s', async (_case, factory) => {
    const store = await openUploadStore(factory());
    expect(store.persistent).toBe(false);
    await store.save(RELOCATION);
    expect(await store.loadAll()).toEqual({ relocation: RELOCATION });
  });

  it('goes on with a memory store when the open never answers (blocked by another tab)', async () => {
    const silent = { open: () => ({}) as IDBOpenDBRequest } as unknown as IDBFactory;
    const store = await openUploadStore(silent, 20);
    expect(store.persistent).toBe(false);
  });

  it('gives a non-persistent store when there is no IndexedDB at all', async () => {
    const store = await openUploadStore(undefined);
    expect(store.persistent).toBe(false);
    expect(await store.loadAll()).toEqual({});
  });
});

describe('isQuotaExceeded', () => {
  it('knows a full storage from any other failure to save', () => {
    expect(isQuotaExceeded(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaExceeded(new DOMException('no', 'InvalidStateError'))).toBe(false);
    expect(isQuotaExceeded(new Error('QuotaExceededError'))).toBe(false);
    expect(isQuotaExceeded(null)).toBe(false);
  });
});

describe('memoryStore', () => {
  it('saves, loads and removes for the life of the page', async () => {
    const store = memoryStore();
    await store.save(RELOCATION);
    await store.save(SITES);
    await store.remove('sites');
    expect(await store.loadAll()).toEqual({ relocation: RELOCATION });
  });

  it('keeps nothing between two stores (a reload)', async () => {
    await memoryStore().save(RELOCATION);
    expect(await memoryStore().loadAll()).toEqual({});
  });
});

describe('requestPersistentStorage', () => {
  /** A fake StorageManager answering persisted() and persist() as given, and the spy on persist(). */
  function fakeStorage(persisted: boolean | Error, persist: boolean) {
    const persistSpy = vi.fn(() => Promise.resolve(persist));
    const storage = {
      persisted: () => (persisted instanceof Error ? Promise.reject(persisted) : Promise.resolve(persisted)),
      persist: persistSpy,
    } as unknown as StorageManager;
    return { storage, persistSpy };
  }

  it('asks for persistence when storage is not yet persistent, and says whether it was granted', async () => {
    const granted = fakeStorage(false, true);
    expect(await requestPersistentStorage(granted.storage)).toBe(true);
    expect(granted.persistSpy).toHaveBeenCalledTimes(1);
    expect(await requestPersistentStorage(fakeStorage(false, false).storage)).toBe(false);
  });

  it('does not ask again when storage is already persistent', async () => {
    const already = fakeStorage(true, false);
    expect(await requestPersistentStorage(already.storage)).toBe(true);
    expect(already.persistSpy).not.toHaveBeenCalled();
  });

  it('says false where the Storage API is missing', async () => {
    expect(await requestPersistentStorage({} as StorageManager)).toBe(false);
  });

  it('says false when the browser refuses to answer', async () => {
    expect(await requestPersistentStorage(fakeStorage(new Error('denied'), true).storage)).toBe(false);
  });
});
