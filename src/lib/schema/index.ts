export * from './common.ts';
export * from './figure.ts';
export * from './award.ts';
export * from './person.ts';
export * from './source.ts';
export * from './review.ts';
export * from './entry.ts';
