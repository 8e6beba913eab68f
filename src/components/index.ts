// Components that MDX pages import: `import { TrainerNotes, SessionPlan, Term } from '~/components';`
export { default as TrainerNotes } from './TrainerNotes.astro';
export { default as SessionPlan } from './SessionPlan.astro';
export { default as Term } from './Term.astro';
export { default as Exercise } from './Exercise.astro';
export { default as Inject } from './Inject.astro';
export { default as Edition } from './Edition.astro';
export { default as ZipFact } from './ZipFact.astro';
