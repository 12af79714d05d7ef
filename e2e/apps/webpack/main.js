// A webpack app: two checkouts on one page through `mount` (?first=ID&second=ID, the
// second in ?locale=), their events logged to #events.
import { mount } from 'micro-checkout';

const params = new URLSearchParams(location.search);
const log = (line) => { document.querySelector('#events').textContent += `${line}\n`; };

for (const [name, locale] of [['first', 'en-US'], ['second', params.get('locale') ?? 'en-US']]) {
  const element = document.querySelector(`#${name}`);
  for (const type of ['mc-ready', 'mc-success', 'mc-failure', 'mc-error']) {
    element.addEventListener(type, (event) => log(`${name} ${type} ${JSON.stringify(event.detail)}`));
  }
  mount(element, { sessionUrl: `/api/sessions/${params.get(name)}`, locale });
}
