/** Request validation for the recording routes (the controller's one import). */
export * from './event-data.dto';
export * from './examples';
export * from './record-event.dto';
export * from './validate';
