export const TRAINER_VIEW_KEY = 'biosec-hub:trainer-view';

/**
 * Sets `data-trainer-view` on <html> (CSS then shows answer keys, explanations and
 * trainer notes) from `on`, or from the remembered choice; returns the state.
 */
export function applyTrainerView(on?: boolean): boolean {
  let state = on;
  if (state === undefined) {
    try {
      state = localStorage.getItem(TRAINER_VIEW_KEY) === 'on';
    } catch {
      state = false;
    }
  }
  document.documentElement.toggleAttribute('data-trainer-view', state);
  for (const details of document.querySelectorAll<HTMLDetailsElement>('details[data-trainer-notes]')) details.open = state;
  return state;
}
