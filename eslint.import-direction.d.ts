/** Types for eslint.import-direction.js, which eslint.config.js loads as plain JavaScript. */
export interface Zone {
  target: string;
  from: string | string[];
  except?: string[];
  message?: string;
}

export function importDirection(root: string): { basePath: string; zones: Zone[] };
