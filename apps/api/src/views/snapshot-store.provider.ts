import { APP_CONFIG, type AppConfig } from '../config/config';
import { NoSnapshotStore } from '@parley/projections';
import { SqliteSnapshotStore } from './snapshot-store';

export { type SnapshotStore } from '@parley/projections';
export const SNAPSHOT_STORE = Symbol('SNAPSHOT_STORE');

export const snapshotStoreProvider = {
  provide: SNAPSHOT_STORE,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) =>
    config.store === 'memory' ? new NoSnapshotStore() : new SqliteSnapshotStore(config.snapshotPath),
};
