export * from './vocabulary';
export * from './notice';
export * from './deadline';
