/** Request validation for the recording routes (the controller's one import). */
export * from './event-data.dto';
export * from './openapi';
export * from './record-event.dto';
export * from './validate';
