/**
 * The facts the accessibility statement and the open-data page publish that are not the code's to
 * know. CONFIGURE before going live: the feedback address at build time with
 * VITE_ACCESSIBILITY_FEEDBACK_EMAIL (the default is a demo placeholder that reaches nobody), and
 * `statementReviewedOn` by hand whenever the statement is checked against the tests again.
 */

/** Where accessibility feedback goes; the law asks for an answer within two weeks. */
export const accessibilityFeedbackEmail: string =
  import.meta.env.VITE_ACCESSIBILITY_FEEDBACK_EMAIL || 'saavutettavuus@salkku.test';

/** The day the statement was last checked against what the tests prove (updated by hand). */
export const statementReviewedOn = '2026-12-03';

/** The day the statement was first written. */
export const statementPreparedOn = '2026-12-03';

/**
 * The enforcement body. Act 306/2019 named the Regional State Administrative Agency for Southern
 * Finland; HE 71/2024 moved the duty to Traficom from 2025. Check saavutettavuusvaatimukset.fi
 * before publishing and update the address here if it has moved again.
 */
export const enforcementBody = {
  web: 'https://www.saavutettavuusvaatimukset.fi',
  email: 'saavutettavuus@traficom.fi',
} as const;

/** The licence of the open data, the city's usual choice. */
export const openDataLicence = {
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;
