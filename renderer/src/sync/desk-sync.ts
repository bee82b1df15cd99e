/**
 * Sync for the app's database: starts once the desk settings hold a server address and a token,
 * restarts when either changes, stops when they are cleared. One per database, for the life of
 * the page: it keeps running while the desk is locked. On a joined desk it runs on the signed-in
 * person's session: sign-out takes the session away (session-end.ts), which stops it until the
 * next online sign-in.
 */
import { BehaviorSubject, distinctUntilChanged, map, type Subscription } from 'rxjs';
import { watchDeskSettings, type DeskSettings } from '../db/desk-settings';
import { wipeAppDesk } from '../db/wipe-desk';
import { isUnchangedSeed } from '../db/catalog-seed';
import { isHeldCopy } from '@shared/registry/held-copy';
import type { WaslDatabase } from '../db/database';
import { browserOnlineSource, type OnlineSource } from './online-source';
import type { SyncTransport } from './replicate-collection';
import { browserTransport } from './browser-transport';
import { importServerDeskKeys, isDeskKeyEntry } from './server-desk-keys';
import { signOutSender } from './session-end';
import { sessionRefresher } from './session-refresh';
import { startSyncManager, type SyncManager } from './sync-manager';
import { NOT_CONFIGURED, type SyncStatus } from './sync-status';

/** 'wiping' from the server's "revoked" answer until the local data is gone, then 'wiped'. */
export type RevocationState = 'active' | 'wiping' | 'wiped' | 'wipe-failed';

export type DeskSync = {
  readonly status$: BehaviorSubject<SyncStatus>;
  readonly revocation$: BehaviorSubject<RevocationState>;
  /** the running manager, null until the desk has a server address */
  manager(): SyncManager | null;
  /** the server said this desk is revoked outside replication (e.g. at sign-in): halt and wipe */
  revoke(): Promise<void>;
  syncNow(): void;
  stop(): Promise<void>;
};

type Target = { deskId: string; serverUrl: string; token: string; expiresAt: number | null; joined: boolean } | null;

export type DeskSyncDeps = {
  transport?: SyncTransport;
  online?: OnlineSource;
  /** removes every local database of this desk; the app's wipes the real ones */
  wipe?: (db: WaslDatabase) => Promise<void>;
  backoffBaseMs?: number;
  now?: () => number;
};

/** Where and as whom this desk syncs, from its settings; null when it does not. */
function syncTarget(settings: DeskSettings | null): Target {
  if (!settings?.serverUrl) return null;
  // A joined desk syncs as whoever last signed in online; a development server takes its token.
  if (settings.session) {
    return { deskId: settings.deskId, serverUrl: settings.serverUrl, token: settings.session.accessToken, expiresAt: settings.session.accessExpiresAt, joined: Boolean(settings.deskCredential) };
  }
  return settings.syncToken ? { deskId: settings.deskId, serverUrl: settings.serverUrl, token: settings.syncToken, expiresAt: null, joined: false } : null;
}

/** The replication manager for a target, and (on a joined desk) the other desks' keys fetched. */
function managerFor(db: WaslDatabase, deps: DeskSyncDeps, target: NonNullable<Target>, onRevoked: () => void): SyncManager {
  const transport = deps.transport ?? browserTransport();
  const manager = startSyncManager({
    db,
    deskId: target.deskId,
    serverUrl: target.serverUrl,
    token: target.token,
    transport,
    online: deps.online ?? browserOnlineSource,
    ...(deps.backoffBaseMs === undefined ? {} : { backoffBaseMs: deps.backoffBaseMs }),
    onRevoked,
    keepLocal: (collection, doc) => keepsLocal(target, collection, doc),
  });
  if (target.joined) {
    importServerDeskKeys(db, transport.fetch, target.serverUrl, target.token).catch((error: unknown) => console.warn('sync: desk keys not fetched', error));
  }
  return manager;
}

async function wipeRevoked(db: WaslDatabase, deps: DeskSyncDeps): Promise<RevocationState> {
  try {
    await (deps.wipe ?? wipeAppDesk)(db);
    return 'wiped';
  } catch (error) {
    console.error('sync: wiping the revoked desk failed', error);
    return 'wipe-failed';
  }
}

/** The running manager: stops the previous one before the next starts; its status goes to status$. */
function managerSlot(db: WaslDatabase, deps: DeskSyncDeps, status$: BehaviorSubject<SyncStatus>, onRevoked: () => void) {
  let current: SyncManager | null = null;
  let statusSubscription: Subscription | null = null;
  return {
    current: () => current,
    async switchTo(target: Target): Promise<void> {
      statusSubscription?.unsubscribe();
      statusSubscription = null;
      const previous = current;
      current = null;
      await previous?.stop();
      if (!target) {
        status$.next(NOT_CONFIGURED);
        return;
      }
      current = managerFor(db, deps, target, onRevoked);
      statusSubscription = current.status$.subscribe((status) => status$.next(status));
    },
  };
}

export function startDeskSync(db: WaslDatabase, deps: DeskSyncDeps = {}): DeskSync {
  const status$ = new BehaviorSubject<SyncStatus>(NOT_CONFIGURED);
  const revocation$ = new BehaviorSubject<RevocationState>('active');
  let settingsSubscription: Subscription | null = null;
  const slot = managerSlot(db, deps, status$, () => void revoke());
  const switchTo = (target: Target) => slot.switchTo(target);
  // Restarts run one after another so two managers never replicate the same collections.
  let queue: Promise<void> = Promise.resolve();
  const { fetch } = deps.transport ?? browserTransport();
  const refresher = sessionRefresher(db, { fetch, now: deps.now ?? Date.now }, () => void revoke());

  // Sign-outs (queued while the server was out of reach) go at each contact (session-end.ts).
  const signOuts = signOutSender(db, { fetch, online: deps.online ?? browserOnlineSource });

  /** The manager has already halted; stop following the settings, then wipe. */
  async function revoke(): Promise<void> {
    if (revocation$.value !== 'active') return;
    revocation$.next('wiping');
    settingsSubscription?.unsubscribe();
    const signOutsStopped = signOuts.stop();
    refresher.stop();
    queue = queue.then(() => switchTo(null)).catch(() => undefined);
    await queue;
    // A sign-out or refresh under way still reads and writes the settings the wipe removes.
    await settledWithin(Promise.all([signOutsStopped, refresher.settled()]), IN_FLIGHT_WAIT_MS);
    revocation$.next(await wipeRevoked(db, deps));
  }

  settingsSubscription = watchDeskSettings(db)
    .pipe(
      map(syncTarget),
      distinctUntilChanged((a, b) => a?.serverUrl === b?.serverUrl && a?.token === b?.token && a?.deskId === b?.deskId),
    )
    .subscribe((target) => {
      refresher.schedule(target);
      queue = queue.then(() => switchTo(target)).catch((error: unknown) => console.error('sync: could not start', error));
      void queue.then(() => signOuts.send());
    });

  return {
    status$,
    revocation$,
    manager: slot.current,
    revoke,
    syncNow: () => slot.current()?.syncNow(),
    async stop() {
      settingsSubscription?.unsubscribe();
      const signOutsStopped = signOuts.stop();
      refresher.stop();
      queue = queue.then(() => switchTo(null));
      await queue;
      await settledWithin(Promise.all([signOutsStopped, refresher.settled()]), IN_FLIGHT_WAIT_MS);
      status$.complete();
    },
  };
}

/**
 * How long stopping (and a revoked desk's wipe) waits for requests under way: a hung one must not
 * keep the data. One that answers later still meets the wiped database and logs its failure; that
 * is accepted (the transport has no timeout to abort it with).
 */
const IN_FLIGHT_WAIT_MS = 10_000;

/** Waits for `work` (whether it succeeds or fails) at most `ms`. */
async function settledWithin(work: Promise<unknown>, ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await Promise.race([work.catch(() => undefined), new Promise<void>((done) => (timer = setTimeout(done, ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * What this desk never pushes: catalog entries seeded on every desk and not edited since (the
 * same on every desk; no account may push them), on a joined desk its own desk key, which the
 * server published at registration, and a duplicate-check copy an earlier server sent (or what the
 * purge left of it: db/held-copy-purge.ts).
 */
export function keepsLocal(target: { joined: boolean }, collection: string, doc: Record<string, unknown>): boolean {
  return isUnchangedSeed(doc) || (target.joined && collection === 'catalog' && isDeskKeyEntry(doc)) || isHeldCopy(collection, doc);
}

const running = new WeakMap<WaslDatabase, DeskSync>();

/** The app's sync for this database, started on first call. */
export function getDeskSync(db: WaslDatabase): DeskSync {
  let sync = running.get(db);
  if (!sync) {
    sync = startDeskSync(db);
    running.set(db, sync);
  }
  return sync;
}
