// What the dashboard lends to other features: its spreadsheet-safe CSV writer (the indicator
// page exports its values with it).
export { csvBlob, csvFileName, toCsv } from './csv';
