// What the baselines feature lends to others: the report, the dashboard's review mode and the
// timeline's (lazily loaded) baseline picker.
export { BaselineChanges, BaselineSummary } from './baseline-changes';
export { BaselineReview, canReadBaselines } from './comparison';
export { baselineQueries, parseChanges } from './queries';
export type { Baseline, BaselineChange } from './queries';
