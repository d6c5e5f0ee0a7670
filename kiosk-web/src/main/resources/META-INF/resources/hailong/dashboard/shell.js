// What every dashboard page shares: the session check, the header with the user and logout, the
// navigation, the unit and period pickers, and the address that holds unit and period (so that
// a page can be bookmarked and sent to a colleague). Each page module only draws its content.

import { currentSession, getJson, hadSession, logOut, toLogin, withQuery } from '../common/session.js';
import { mountUnitPicker, subtree } from '../common/unit-picker.js';
import { mountPeriodPicker, periodLabel, periodParams, resolvePeriod, todayInVietnam } from '../common/period-picker.js';
import { STRINGS } from './strings.js';
import { date } from '../common/numbers.js';
import { el } from './dom.js';
import { navigation } from './nav.js';

export { el };

const LANG_KEY = 'hailong.dashboard.lang';
// the server's default hailong.min-answers: fewer valid answers are "not enough data"
export const MIN_ANSWERS = 30;

export function language() {
  return localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'vi';
}

/** The address of a dashboard page for a unit and period. */
export function pageUrl(page, unitCode, params) {
  return withQuery(`/dashboard/${page}.html`, { unit: unitCode, ...params });
}

/**
 * Starts a page: render(context) draws into context.content and may return a promise. options:
 * period (show the period picker, default true), extraParams (names of other address parameters
 * the page keeps, e.g. "by").
 */
export async function startPage(name, render, options = {}) {
  const withPeriod = options.period !== false;
  const session = await currentSession().catch(() => null);
  if (!session) {
    toLogin(hadSession() ? 'expired' : 'required');
    return;
  }
  const units = await getJson('/api/v1/units');
  const scopeUnits = subtree(units, session.unitCode);
  const today = todayInVietnam();

  const draw = async () => {
    delete document.body.dataset.ready;
    const lang = language();
    const t = STRINGS[lang];
    document.documentElement.lang = lang;
    const params = new URLSearchParams(location.search);
    const byCode = new Map(scopeUnits.map((u) => [u.code, u]));
    // an admin bound to no unit starts on the province
    const unit = byCode.get(params.get('unit')) || byCode.get(session.unitCode)
      || scopeUnits.find((u) => u.level === 'PROVINCE' && !u.validTo) || scopeUnits[0];
    const period = resolvePeriod(params, today);
    const keep = {};
    (options.extraParams || []).forEach((key) => { if (params.get(key)) keep[key] = params.get(key); });
    const go = (unitCode, nextPeriod, extra = keep) => {
      history.pushState(null, '', pageUrl(name, unitCode, { ...(withPeriod ? periodParams(nextPeriod) : {}), ...extra }));
      draw();
    };
    const linkTo = (page, unitCode = unit.code) => pageUrl(page, unitCode, withPeriod || page !== 'trend' ? periodParams(period) : {});

    const langButton = el('button', { type: 'button', class: 'link-button', lang: lang === 'vi' ? 'en' : 'vi',
      'aria-label': t.otherLanguageName, dataset: { action: 'lang' }, text: t.otherLanguage });
    langButton.addEventListener('click', () => {
      localStorage.setItem(LANG_KEY, lang === 'vi' ? 'en' : 'vi');
      draw();
    });
    const logoutButton = el('button', { type: 'button', class: 'link-button', dataset: { action: 'logout' }, text: t.logout });
    logoutButton.addEventListener('click', logOut);
    const who = el('p', { class: 'who', dataset: { role: 'who' } },
      el('strong', { text: session.username }), ` · ${t.roles[session.role]}`,
      session.unitName ? ` · ${session.unitName}` : '');
    const header = el('header', { class: 'topbar' },
      el('div', { class: 'brand' }, el('span', { class: 'brand-name', text: t.app }), el('span', { class: 'brand-sub', text: t.appSub })),
      el('div', { class: 'session' }, who, el('div', { class: 'session-actions' }, langButton, logoutButton)));
    const nav = navigation({ t, role: session.role, current: name, linkTo });

    const unitBox = el('div', { class: 'toolbar-item' });
    const periodBox = el('div', { class: 'toolbar-item' });
    const toolbar = el('div', { class: 'toolbar' }, unitBox, withPeriod ? periodBox : null);
    const content = el('div', { class: 'content', id: 'content' }, el('p', { class: 'muted', text: t.loading }));
    // an account bound to an ended unit keeps its history and is told where the work went on;
    // a successor is a link only when the account may open it (otherwise an admin moves it)
    const successors = session.successors || [];
    const ended = session.unitValidTo && session.unitValidTo < today ? el('div', { class: 'notice', role: 'status', dataset: { role: 'unit-ended' } },
      el('p', {}, t.unitEndedNotice(date(session.unitValidTo, lang)),
        ...(successors.length === 0 ? [t.unitEndedNone] : successors.flatMap((s, i) => [i > 0 ? ', ' : null,
          byCode.has(s.code) ? el('a', { href: pageUrl(name, s.code), dataset: { successor: s.code }, text: t.sinceDay(s.name, date(s.validFrom, lang)) })
            : el('strong', { dataset: { successor: s.code }, text: t.sinceDay(s.name, date(s.validFrom, lang)) })]).filter(Boolean))),
      el('p', { class: 'small', text: t.unitEndedHelp })) : null;
    const main = el('main', { id: 'main' }, ended, toolbar, content);
    document.getElementById('app').replaceChildren(header, nav, main);
    mountUnitPicker(unitBox, { units: scopeUnits, selected: unit.code, today, lang, onPick: (code) => go(code, period) });
    if (withPeriod) mountPeriodPicker(periodBox, { period, today, lang, onChange: (p) => go(unit.code, p) });
    document.title = `${t.nav[name]} · ${unit.name} · ${t.app}`;

    const context = {
      lang, t, unit, period, today, session, content, units: scopeUnits,
      periodText: periodLabel(period, today, lang),
      query: { unit: unit.code, from: period.from, to: period.to },
      linkTo,
      setParam: (key, value) => go(unit.code, period, { ...keep, [key]: value }),
      params,
    };
    try {
      await render(context);
    } catch (error) {
      if (error.status === 401) return;
      content.replaceChildren(el('p', { class: 'notice error', role: 'alert', text: `${t.failed} (${error.message})` }));
    }
    document.body.dataset.ready = '';
  };
  window.addEventListener('popstate', draw);
  await draw();
}

/**
 * A chart image whose size follows the space it has (the server draws it at that size); rows,
 * when given, makes a bar-per-unit chart tall enough for every label.
 */
export function chart(file, query, alt, rows = 0) {
  const holder = el('figure', { class: 'chart' });
  const width = Math.max(320, Math.min(1000, Math.round(document.getElementById('main').clientWidth - 32)));
  const shape = Math.round(width * (width < 600 ? 1.1 : 0.55));
  const height = rows > 0 ? Math.min(4000, Math.max(shape, 110 + rows * 26)) : shape;
  const img = el('img', { src: withQuery(`/api/v1/charts/${file}`, { ...query, width, height }), alt, width, height, dataset: { chart: file.split('.')[0] } });
  holder.append(img);
  return holder;
}
