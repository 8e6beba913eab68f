/** One page of every page template, by locale-independent id ('' is the home page). */
export const templates = [
  '', 'work-packages/wp1', 'modules/wp1/biorisk-management', 'modules/wp3/border-control', 'guidance/legislation-review-toolkit',
  'exercises/suspicious-consignment', 'glossary', 'tracks', 'tracks/foundation', 'tracks/foundation/facilitator-guide',
  'tracks/foundation/learner-handout', 'tracks/foundation/evaluation', 'tracks/foundation/certificate', 'progress', 'dashboard',
  'translation-status', 'offline', 'lms-guide', 'about', 'license',
];

/** Locale folders, English (at the root) first. */
export const localeFolders = ['', 'th', 'vi', 'id', 'ms', 'km', 'lo', 'my', 'fil'];
