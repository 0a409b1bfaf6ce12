// Days as the pages' date fields hold them (ISO, YYYY-MM-DD), counted on the reader's own calendar.

function iso(date) {
  return [date.getFullYear(), date.getMonth() + 1, date.getDate()].map(n => String(n).padStart(2, '0')).join('-');
}

export function today() {
  return iso(new Date());
}

// The day the service's demo day is generated for (api.demo.DemoDay): tomorrow, or Monday when tomorrow is a
// Sunday, when the COCs do not receive.
export function nextDeliveryDay() {
  const date = new Date();
  date.setDate(date.getDate() + (date.getDay() === 6 ? 2 : 1));
  return iso(date);
}
