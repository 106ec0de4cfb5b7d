export * from './common';
export * from './identity';
export * from './org';
export * from './audit';
export * from './platform';
export * from './portal';
export * from './plans';
export * from './plan-draft';
