/** What the health check needs to know of the views, provided by the views module. */
export interface ViewsProgress {
  /** Global position the views include. */
  readonly position: number;
  readonly rebuilding: boolean;
  readonly modelVersion: string;
}
export const VIEWS_PROGRESS = Symbol('VIEWS_PROGRESS');
export interface ViewsProgressSource {
  progress(): ViewsProgress;
}
