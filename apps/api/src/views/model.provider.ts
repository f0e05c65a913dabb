import { APP_CONFIG, type AppConfig } from '../config/config';

/**
 * The escalation model views use when a request names none (config
 * `PARLEY_ESCALATION_MODEL`, default v2). Every model reads the same folded
 * state; a change of its fold tables (`foldVersion`) makes the engine rebuild
 * every view at start-up.
 */
export const ESCALATION_MODEL = Symbol('ESCALATION_MODEL');
export const escalationModelProvider = {
  provide: ESCALATION_MODEL,
  useFactory: (config: AppConfig) => config.escalationModel,
  inject: [APP_CONFIG],
};
