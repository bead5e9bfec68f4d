// storage.sync for the watched list, corrections and preferences: compact chunked layout, quotas, two-device merge.
export * from './sync-area';
export * from './records';
export * from './merge';
export * from './layout';
export * from './sync-list';
export * from './kind';
export * from './budget';
export * from './apply';
export * from './prefs';
export * from './sync-runner';
export * from './sync-state';
