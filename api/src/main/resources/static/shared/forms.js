// Problems of a form shown next to their fields (<input id="x" aria-describedby="x-error"> and
// <span class="field-error" id="x-error">), from the page's own checks or from the API's problem document.
import {$, say} from './dom.js';
import {t} from './i18n.js';

/** Clears the marks of the fields, {apiField: elementId}. */
export function clearFieldErrors(fields) {
  Object.values(fields).forEach(id => {
    $(id).removeAttribute('aria-invalid');
    $(`${id}-error`).textContent = '';
  });
}

export function markField(id, message) {
  $(id).setAttribute('aria-invalid', 'true');
  $(`${id}-error`).textContent = message;
}

/**
 * Shows the page's own findings, [[elementId, message]], focuses the first field and says that nothing was saved;
 * answers whether there were any.
 */
export function showFormProblems(problems) {
  problems.forEach(([id, message]) => markField(id, message));
  if (problems.length > 0) {
    $(problems[0][0]).focus();
    say(t('formHasErrors'), true);
  }
  return problems.length > 0;
}

/** Marks the fields an API problem names (its errors [{field, message}]), {apiField: elementId}. */
export function markApiProblems(fields, error) {
  (error.errors || []).forEach(problem => fields[problem.field] && markField(fields[problem.field], problem.message));
}
