// The inspector's pure logic, for features/inspector (which may import only store/).
export * from './copy';
export * from './correlate';
export * from './filter';
export * from './header-check';
export * from './outcome';
export * from './ring';
export * from './view';
