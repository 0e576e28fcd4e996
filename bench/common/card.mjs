// The CRM deal card both peers show, shared so that they differ only in how they reach the portal
// (the official SDK, or BX24.js): the one batch they send, how they read its answers, and the plain
// DOM they render. Bundled into each peer by build.mjs.
//
// The batch is the app's own (crates/domain/src/entity_card.rs, `add_commands`): the deal, then its
// stage, the responsible user and the linked contact and company through `$result[...]` references,
// in one round trip that does not halt on errors (a missing link leaves its field empty).

const DEAL = 2;
const CONTACT = 3;
const COMPANY = 4;

/** The deal id of a CRM_DEAL_* placement ({ID: "3"}), or an Error explaining why there is none. */
export function dealId(placement, options) {
  if (!/^CRM_DEAL_/.test(String(placement || ''))) return new Error(`not a deal placement: ${placement}`);
  const id = Number(options && options.ID);
  return Number.isInteger(id) && id > 0 ? id : new Error('PLACEMENT_OPTIONS has no deal ID');
}

/** The card's batch: {name: [method, params]}, the shape both SDKs accept. */
export function cardBatch(id) {
  const ref = (field) => `$result[item][item][${field}]`;
  return {
    item: ['crm.item.get', { entityTypeId: DEAL, id }],
    stage: ['crm.status.list', { filter: { STATUS_ID: ref('stageId') } }],
    responsible: ['user.get', { ID: ref('assignedById') }],
    contact: ['crm.item.get', { entityTypeId: CONTACT, id: ref('contactId') }],
    company: ['crm.item.get', { entityTypeId: COMPANY, id: ref('companyId') }],
  };
}

const text = (value) => (value === undefined || value === null ? '' : String(value).trim());
const joinName = (...parts) => parts.map(text).filter(Boolean).join(' ');

/**
 * The card's view from the batch answers: `answers` maps each command that succeeded to its
 * `result` (failed ones are absent). Throws when the deal itself is missing.
 */
export function readCard(answers) {
  const deal = answers.item && answers.item.item;
  if (!deal) throw new Error('the deal was not found');
  // crm.status.list by STATUS_ID can match several dictionaries: take this pipeline's row.
  const dictionary = Number(deal.categoryId) > 0 ? `DEAL_STAGE_${deal.categoryId}` : 'DEAL_STAGE';
  const rows = (Array.isArray(answers.stage) ? answers.stage : []).filter((r) => r.STATUS_ID === deal.stageId);
  const stage = rows.find((r) => r.ENTITY_ID === dictionary) || (rows.length === 1 ? rows[0] : null);
  const user = Array.isArray(answers.responsible) ? answers.responsible[0] : null;
  const contact = answers.contact && answers.contact.item;
  const company = answers.company && answers.company.item;
  return {
    title: text(deal.title) || `Deal #${deal.id}`,
    stage: stage ? text(stage.NAME) : text(deal.stageId),
    amount: deal.opportunity === undefined || deal.opportunity === null ? null : Number(deal.opportunity),
    currency: text(deal.currencyId),
    responsible: user ? joinName(user.NAME, user.LAST_NAME) || `#${user.ID}` : '',
    contact: contact ? joinName(contact.name, contact.secondName, contact.lastName) || text(contact.title) : '',
    company: company ? text(company.title) : '',
    created: deal.createdTime ? new Date(deal.createdTime) : null,
  };
}

function money(amount, currency, lang) {
  try {
    return new Intl.NumberFormat(lang, { style: 'currency', currency }).format(amount);
  } catch {
    return `${amount} ${currency}`;
  }
}

/** Renders the card into `root` in one DOM insertion; every value is text, never HTML. */
export function renderCard(root, card, lang) {
  const box = document.createElement('article');
  const title = document.createElement('h1');
  title.textContent = card.title;
  const fields = document.createElement('dl');
  fields.setAttribute('data-testid', 'entity-fields');
  const field = (label, value) => {
    if (!value) return;
    const dt = document.createElement('dt');
    const dd = document.createElement('dd');
    dt.textContent = label;
    dd.textContent = value;
    fields.append(dt, dd);
  };
  field('Stage', card.stage);
  field('Amount', card.amount === null ? '' : money(card.amount, card.currency, lang));
  field('Responsible', card.responsible);
  field('Contact', card.contact);
  field('Company', card.company);
  field('Created', card.created && !Number.isNaN(card.created.getTime())
    ? card.created.toLocaleDateString(lang, { year: 'numeric', month: 'short', day: 'numeric' })
    : '');
  box.append(title, fields);
  root.replaceChildren(box);
}

/** The failure screen; the benchmark stops on its marker instead of waiting for its deadline. */
export function renderError(root, error) {
  const box = document.createElement('p');
  box.setAttribute('role', 'alert');
  box.setAttribute('data-testid', 'load-failed');
  box.textContent = `The card could not load: ${(error && error.message) || error}`;
  root.replaceChildren(box);
}
