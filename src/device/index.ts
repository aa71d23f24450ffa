export * from './state';
export * from './apps';
export * from './receive';
