/** What the health check needs to know of the views, provided by the views module. */
export interface ViewsProgress {
  /** Global position the views include. */
  readonly position: number;
  readonly rebuilding: boolean;
  readonly modelVersion: string;
  /** Present while the views' subscription is dead or stalled (the views are not current). */
  readonly stalled?: { readonly reason: string; readonly sinceMs: number };
}
export const VIEWS_PROGRESS = Symbol('VIEWS_PROGRESS');
export interface ViewsProgressSource {
  progress(): ViewsProgress;
}
