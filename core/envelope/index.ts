/** core/envelope — sealing and opening of user messages and relay envelopes. */
export * from './padding';
export * from './content';
export * from './user';
export * from './server';
export * from './blob-frame';
