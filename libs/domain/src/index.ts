export * from './events';
export * from './time';
export * from './errors';
export * from './shape';
export * from './codec';
export * from './negotiation';
export * from './persistent-map';
export * from './cameo-goldstein.generated';
