// Building page content from data with DOM nodes and text nodes only (never innerHTML): names come from users,
// and a strict Content-Security-Policy forbids inline styles and scripts.

/** Creates an element with attributes and children (nodes or text; null and undefined are left out). */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, value));
  node.append(...children.filter(child => child !== null && child !== undefined));
  return node;
}

/** The element of an id. */
export const $ = id => document.getElementById(id);

/** Shows a message in the page's live region (#message), marked as an error when it is one. */
export function say(text, isError = false) {
  $('message').textContent = text;
  $('message').classList.toggle('error', isError);
}

/**
 * Wraps the action of a button or form: no default submit, failures shown in the page instead of lost in the
 * browser's console; after a 401 (signed out) {@code onSignedOut} shows the sign-in again.
 */
export function guardedBy(onSignedOut) {
  return action => async event => {
    event?.preventDefault();
    try {
      await action(event);
    } catch (error) {
      say(error.message, true);
      if (error.status === 401) {
        onSignedOut();
      }
    }
  };
}
