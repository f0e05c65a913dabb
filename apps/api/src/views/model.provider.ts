import { ESCALATION_MODEL_V1 } from '@parley/projections';

/** The escalation model in force. Changing it (a new version) makes the engine rebuild every view at start-up. */
export const ESCALATION_MODEL = Symbol('ESCALATION_MODEL');
export const escalationModelProvider = { provide: ESCALATION_MODEL, useValue: ESCALATION_MODEL_V1 };
