// How a stop went, as its crew confirmed it, in the reader's language: "Consegnato alle 10:12",
// "Non consegnato (chiuso), segnalato alle 10:40"; shared by the crew page, the COC portal and the console.
import {t} from './i18n.js';

/** The text of a confirmation (the API's {outcome, reason, confirmedAt}); "in attesa di conferma" without one. */
export function outcomeText(confirmation) {
  if (!confirmation) {
    return t('deliveryNotConfirmed');
  }
  const time = String(confirmation.confirmedAt).replace(/^.*T/, '').slice(0, 5);
  return t(`outcome_${confirmation.outcome}`, {time,
    reason: confirmation.reason ? t(`notDelivered_${confirmation.reason}`) : ''});
}
