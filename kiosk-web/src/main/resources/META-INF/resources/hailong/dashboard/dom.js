// Building elements: el('a', { href, dataset: { nav: 'gaps' }, text: 'Chưa đạt mục tiêu' }, ...children).
// In a module of its own so that the shell and the navigation both use it without importing each other.

export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes).forEach(([key, value]) => {
    if (value === null || value === undefined || value === false) return;
    if (key === 'text') node.textContent = value;
    else if (key === 'dataset') {
      Object.entries(value).forEach(([name, v]) => { if (v !== null && v !== undefined) node.dataset[name] = v; });
    }
    else node.setAttribute(key, value === true ? '' : value);
  });
  node.append(...children.filter((c) => c !== null && c !== undefined));
  return node;
}
