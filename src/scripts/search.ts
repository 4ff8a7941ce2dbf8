// The search page's only script. Pagefind's index is loaded the first time a
// search runs, so visiting the page costs nothing until it is used.
import { format } from '~/lib/i18n';

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  search(query: string): Promise<{ results: { data(): Promise<PagefindResult> }[] }>;
}

let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  // A computed path keeps the bundler from trying to resolve a file that only
  // exists after `pagefind` has indexed the built site.
  const path = ['', 'pagefind', 'pagefind.js'].join('/');
  pagefind ??= import(/* @vite-ignore */ path) as Promise<Pagefind>;
  return pagefind;
}

/** Pagefind excerpts are HTML with <mark>; keep only text and the marks. */
function safeExcerpt(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  const out = document.createDocumentFragment();
  for (const node of Array.from(template.content.childNodes)) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      out.append(mark);
    } else {
      out.append(document.createTextNode(node.textContent ?? ''));
    }
  }
  return out;
}

/** Wires the search form: runs on submit and on load when the URL has ?q=. */
export function startSearch(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  if (!form || !status || !list) return;
  const strings = JSON.parse(form.dataset['strings'] ?? '{}') as Record<string, string>;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const say = (key: string, params?: Record<string, string | number>) => format(strings[key] ?? key, params);

  async function run(query: string): Promise<void> {
    list!.replaceChildren();
    if (!query.trim()) {
      status!.textContent = '';
      return;
    }
    status!.textContent = say('search.loading');
    try {
      const engine = await loadPagefind();
      const found = await engine.search(query);
      const data = await Promise.all(found.results.slice(0, 20).map((r) => r.data()));
      for (const result of data) {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = result.url;
        link.textContent = result.meta.title ?? result.url;
        const excerpt = document.createElement('p');
        excerpt.append(safeExcerpt(result.excerpt));
        item.append(link, excerpt);
        list!.append(item);
      }
      const count = data.length;
      status!.textContent =
        count === 0
          ? say('search.noResults', { query })
          : count === 1
            ? say('search.resultsOne', { query })
            : say('search.results', { count, query });
    } catch {
      status!.textContent = say('search.failed');
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = input.value;
    const url = new URL(location.href);
    url.searchParams.set('q', query);
    history.replaceState(null, '', url);
    void run(query);
  });
  const initial = new URL(location.href).searchParams.get('q');
  if (initial) {
    input.value = initial;
    void run(initial);
  }
}
