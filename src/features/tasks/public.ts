// What the tasks feature lends to other features (eslint.import-direction.js): completing a
// task is one mutation wherever it is offered (my tasks, the project page, a task reminder).
export { taskMutations } from './mutations';
