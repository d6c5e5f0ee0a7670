// The navigation: the pages in a few groups named for what a clerk does with them. On a laptop the
// groups stand in one band; on a phone they sit behind one "Menu" button, so that the unit and
// period pickers start one line below the header instead of after four lines of links.

import { el } from './dom.js';

// group key (strings.js navGroups) -> its pages, in the order a clerk reaches for them
export const NAV_GROUPS = [
  ['results', ['overview', 'gaps', 'trend', 'targets']],
  ['todo', ['feedback', 'alerts', 'plans']],
  ['statistics', ['funnel', 'comparison', 'planner', 'dossiers']],
  ['admin', ['people', 'kiosks', 'units']],
];
export const PAGES = NAV_GROUPS.flatMap(([, pages]) => pages);
// pages only some roles open (the server refuses the others anyway)
const PAGE_ROLES = { people: ['ADMIN', 'OFFICER'], kiosks: ['ADMIN', 'OFFICER'], units: ['ADMIN'], feedback: ['ADMIN', 'OFFICER'] };

/** The pages a role has a link to, by group; a group with none is left out. */
export function groupsFor(role) {
  return NAV_GROUPS
    .map(([group, pages]) => [group, pages.filter((page) => !PAGE_ROLES[page] || PAGE_ROLES[page].includes(role))])
    .filter(([, pages]) => pages.length > 0);
}

/**
 * The nav element for the current page: every link keeps data-nav="<page>", the current one
 * aria-current="page". The button shows only on narrow screens (dashboard.css); Escape closes the
 * open menu and gives the focus back to the button.
 */
export function navigation({ t, role, current, linkTo }) {
  const groups = groupsFor(role);
  const list = el('ul', { class: 'nav-groups', id: 'nav-groups' }, ...groups.map(([group, pages]) => el('li', { class: 'nav-group', dataset: { navGroup: group } },
    el('span', { class: 'nav-group-name', id: `nav-group-${group}`, text: t.navGroups[group] }),
    el('ul', { 'aria-labelledby': `nav-group-${group}` }, ...pages.map((page) => el('li', {},
      el('a', { href: linkTo(page), 'aria-current': page === current ? 'page' : null, dataset: { nav: page }, text: t.nav[page] })))))));
  const toggle = el('button', { type: 'button', class: 'nav-toggle', 'aria-expanded': 'false', 'aria-controls': 'nav-groups', dataset: { action: 'menu' } },
    el('span', { class: 'nav-toggle-icon', 'aria-hidden': 'true', text: '☰' }), t.navMenu);
  const here = el('span', { class: 'nav-here', text: t.nav[current] });
  const nav = el('nav', { class: 'tabs', 'aria-label': t.navLabel }, el('div', { class: 'nav-bar' }, toggle, here), list);
  const setOpen = (open) => {
    toggle.setAttribute('aria-expanded', String(open));
    nav.classList.toggle('open', open);
  };
  toggle.addEventListener('click', () => setOpen(toggle.getAttribute('aria-expanded') !== 'true'));
  nav.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && toggle.getAttribute('aria-expanded') === 'true') {
      setOpen(false);
      toggle.focus();
    }
  });
  return nav;
}
