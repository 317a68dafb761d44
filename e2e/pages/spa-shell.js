// Imitates LinkedIn's in-app navigation for e2e tests: a click on a[data-spa] calls history.pushState
// first and renders the new page's body a little later, as the real SPA does after fetching data.
(() => {
  // Tests may lower it (the benchmark sets 0 to time only the extension's part).
  const renderDelay = () => window.__SPA_RENDER_DELAY_MS ?? 300;
  const links = [
    ['/in/eleanor-whitcombe-3a91b4/', 'Eleanor'],
    ['/in/mila-kowalczyk-4b21a7231/', 'Mila'],
    ['/in/jonas-feldmann/', 'Jonas'],
    ['/search/results/people/?keywords=data%20engineer', 'Search'],
    ['/feed/', 'Feed'],
  ];
  function addNav() {
    const nav = document.createElement('nav');
    nav.id = 'test-nav';
    for (const [href, label] of links) {
      const a = document.createElement('a');
      a.href = href;
      a.dataset.spa = '';
      a.dataset.testNav = label;
      a.textContent = `${label} `;
      nav.append(a);
    }
    document.body.prepend(nav);
  }
  async function go(href) {
    history.pushState({}, '', href);
    const [html] = await Promise.all([
      fetch(href).then((r) => r.text()),
      new Promise((r) => setTimeout(r, renderDelay())),
    ]);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    document.title = doc.title;
    document.body.replaceWith(document.adoptNode(doc.body));
    addNav();
  }
  document.addEventListener('click', (event) => {
    const a = event.target instanceof Element ? event.target.closest('a[data-spa]') : null;
    if (!a) return;
    event.preventDefault();
    void go(a.getAttribute('href'));
  });
  addNav();
})();
